package org.securetag.bench.ssti;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase021 {

    @GetMapping("/021/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String param) throws Exception {
        String bar = param.substring(0, Math.min(param.length(), 120)).trim();
        org.thymeleaf.TemplateEngine engine = new org.thymeleaf.TemplateEngine();
        engine.setTemplateResolver(new org.thymeleaf.templateresolver.StringTemplateResolver());
        String html = engine.process(bar, new org.thymeleaf.context.Context());
        return ResponseEntity.ok("done");
    }
}
