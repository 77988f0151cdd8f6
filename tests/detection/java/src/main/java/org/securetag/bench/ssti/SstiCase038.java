package org.securetag.bench.ssti;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase038 {

    private String lastSelection;

    @PostMapping("/038")
    public ResponseEntity<String> handle(@RequestParam("name") String requested) throws Exception {
        this.lastSelection = requested;
        String selected = this.lastSelection;
        org.apache.velocity.VelocityContext context = new org.apache.velocity.VelocityContext();
        context.put("customer", "guest");
        java.io.StringWriter out = new java.io.StringWriter();
        context.put("name", selected);
        org.apache.velocity.app.Velocity.evaluate(context, out, "greeting", "Hello $name, welcome back");
        return ResponseEntity.ok("done");
    }
}
