package org.securetag.bench.codeinj;

import java.io.StringReader;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase039 {

    @GetMapping("/039")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String userValue = queryParams.getOrDefault("q", "");
        int num = 106;
        String chosen = (7 * 42) - num > 200 ? "featured" : userValue;
        ScriptEngine engine = new ScriptEngineManager().getEngineByExtension("js");
        StringBuilder script = new StringBuilder("function rule(order) { return ");
        script.append(chosen).append("; }");
        engine.eval(new StringReader(script.toString()));
        return ResponseEntity.ok("done");
    }
}
