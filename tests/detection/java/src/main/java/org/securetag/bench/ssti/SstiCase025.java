package org.securetag.bench.ssti;

import java.io.StringWriter;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase025 {

    @GetMapping("/025")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String userValue) throws Exception {
        String chosen = String.join(" ", userValue.trim().split("\\s+"));
        VelocityContext context = new VelocityContext();
        context.put("customer", "guest");
        StringWriter out = new StringWriter();
        Velocity.evaluate(context, out, "greeting", chosen);
        return ResponseEntity.ok("done");
    }
}
