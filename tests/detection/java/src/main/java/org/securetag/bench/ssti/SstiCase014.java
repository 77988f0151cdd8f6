package org.securetag.bench.ssti;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase014 {

    private String lastSelection;

    @PostMapping("/014")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String param) throws Exception {
        this.lastSelection = param;
        String bar = this.lastSelection;
        org.apache.velocity.VelocityContext context = new org.apache.velocity.VelocityContext();
        context.put("customer", "guest");
        java.io.StringWriter out = new java.io.StringWriter();
        context.put("name", bar);
        org.apache.velocity.app.Velocity.evaluate(context, out, "greeting", "Hello $name, welcome back");
        return ResponseEntity.ok("done");
    }
}
