package org.securetag.bench.ssti;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

@RestController
@RequestMapping("/ssti")
public class SstiCase034 {

    @PostMapping("/034")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String incoming = form.getValue();
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(new ClassLoaderTemplateResolver());
        Context context = new Context();
        context.setVariable("name", incoming);
        String html = engine.process("templates/profile.html", context);
        return ResponseEntity.ok("done");
    }
}
