package org.securetag.bench.ssti;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase026 {

    private String lastSelection;

    @PostMapping("/026/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String supplied) throws Exception {
        this.lastSelection = supplied;
        String choice = this.lastSelection;
        org.apache.velocity.VelocityContext context = new org.apache.velocity.VelocityContext();
        context.put("customer", "guest");
        java.io.StringWriter out = new java.io.StringWriter();
        context.put("name", choice);
        org.apache.velocity.app.Velocity.evaluate(context, out, "greeting", "Hello $name, welcome back");
        return ResponseEntity.ok("done");
    }
}
