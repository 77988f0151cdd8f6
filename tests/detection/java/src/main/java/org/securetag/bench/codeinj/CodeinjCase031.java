package org.securetag.bench.codeinj;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase031 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/031")
    public ResponseEntity<String> handle(@RequestParam("name") String requested) throws Exception {
        String selected = tidy(requested);
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
        Object result = engine.eval("var total = " + selected + "; total * 1.2;");
        return ResponseEntity.ok("done");
    }
}
