package org.securetag.bench.ssti;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

@RestController
@RequestMapping("/ssti")
public class SstiCase022 {

    @PostMapping("/022")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String input) throws Exception {

        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(new ClassLoaderTemplateResolver());
        Context context = new Context();
        context.setVariable("name", input);
        String html = engine.process("templates/profile.html", context);
        return ResponseEntity.ok("done");
    }
}
