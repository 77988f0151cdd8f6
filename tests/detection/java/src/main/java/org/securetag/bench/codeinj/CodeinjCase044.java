package org.securetag.bench.codeinj;

import groovy.lang.GroovyShell;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase044 {

    private String lastRequested;
    private final String defaultSelection = "2 * 21";

    @PostMapping("/044")
    public ResponseEntity<String> handle(@RequestBody String raw) throws Exception {
        this.lastRequested = raw;
        String cleaned = this.defaultSelection;
        GroovyShell shell = new GroovyShell();
        Object result = shell.evaluate(cleaned);
        return ResponseEntity.ok("done");
    }
}
