package org.securetag.bench.ssti;

import java.util.Base64;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase033 {

    @GetMapping("/033")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String supplied) throws Exception {
        String choice = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(supplied.getBytes())));
        org.thymeleaf.TemplateEngine engine = new org.thymeleaf.TemplateEngine();
        engine.setTemplateResolver(new org.thymeleaf.templateresolver.StringTemplateResolver());
        String html = engine.process(choice, new org.thymeleaf.context.Context());
        return ResponseEntity.ok("done");
    }
}
