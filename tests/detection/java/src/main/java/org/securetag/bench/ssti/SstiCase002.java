package org.securetag.bench.ssti;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase002 {

    private String lastSelection;

    @PostMapping("/002")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String raw = form.getValue();
        this.lastSelection = raw;
        String cleaned = this.lastSelection;
        org.apache.velocity.VelocityContext context = new org.apache.velocity.VelocityContext();
        context.put("customer", "guest");
        java.io.StringWriter out = new java.io.StringWriter();
        context.put("name", cleaned);
        org.apache.velocity.app.Velocity.evaluate(context, out, "greeting", "Hello $name, welcome back");
        return ResponseEntity.ok("done");
    }
}
