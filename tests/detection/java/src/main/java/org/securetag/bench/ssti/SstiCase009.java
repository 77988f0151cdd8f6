package org.securetag.bench.ssti;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase009 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/009")
    public ResponseEntity<String> handle(@RequestParam("name") String raw) throws Exception {
        String cleaned = tidy(raw);
        org.thymeleaf.TemplateEngine engine = new org.thymeleaf.TemplateEngine();
        engine.setTemplateResolver(new org.thymeleaf.templateresolver.StringTemplateResolver());
        String html = engine.process(cleaned, new org.thymeleaf.context.Context());
        return ResponseEntity.ok("done");
    }
}
