package org.securetag.bench.codeinj;

import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase024 {

    private static String choose(String requested) {
        switch (requested) {
            case "second":
                return "40 + 2";
            default:
                return "2 * 21";
        }
    }

    @PostMapping("/024")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String requested = queryParams.getOrDefault("q", "");
        String selected = choose(requested);
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
        Object result = engine.eval("var total = " + selected + "; total * 1.2;");
        return ResponseEntity.ok("done");
    }
}
