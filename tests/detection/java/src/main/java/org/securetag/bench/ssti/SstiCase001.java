package org.securetag.bench.ssti;

import java.io.StringWriter;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase001 {

    @GetMapping("/001")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String input) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", input);
        String term = settings.getProperty("selection");
        VelocityContext context = new VelocityContext();
        context.put("customer", "guest");
        StringWriter out = new StringWriter();
        Velocity.evaluate(context, out, "greeting", term);
        return ResponseEntity.ok("done");
    }
}
