package org.securetag.bench.codeinj;

import java.util.HashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase016 {

    @PostMapping("/016")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String raw) throws Exception {
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "2 * 21");
        fields.put("keyB", raw);
        String cleaned = (String) fields.get("keyA");
        groovy.lang.GroovyShell shell = new groovy.lang.GroovyShell();
        Object result = shell.evaluate(cleaned);
        return ResponseEntity.ok("done");
    }
}
