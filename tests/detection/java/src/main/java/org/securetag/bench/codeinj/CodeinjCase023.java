package org.securetag.bench.codeinj;

import java.util.Properties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase023 {

    @GetMapping("/023")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String raw) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", raw);
        String cleaned = settings.getProperty("selection");
        groovy.lang.GroovyShell shell = new groovy.lang.GroovyShell();
        Object result = shell.evaluate(cleaned);
        return ResponseEntity.ok("done");
    }
}
