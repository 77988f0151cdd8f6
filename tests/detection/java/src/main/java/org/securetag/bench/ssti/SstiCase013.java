package org.securetag.bench.ssti;

import java.io.StringWriter;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.securetag.bench.helpers.SubmissionForm;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase013 {

    @GetMapping("/013")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String incoming = form.getValue();
        String entry = TextUtils.firstNonEmpty(incoming, "all");
        VelocityContext context = new VelocityContext();
        context.put("customer", "guest");
        StringWriter out = new StringWriter();
        Velocity.evaluate(context, out, "greeting", entry);
        return ResponseEntity.ok("done");
    }
}
