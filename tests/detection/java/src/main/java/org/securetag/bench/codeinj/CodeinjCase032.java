package org.securetag.bench.codeinj;

import java.io.StringReader;
import java.util.Set;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase032 {

    @PostMapping("/032")
    public ResponseEntity<String> handle(@RequestParam("name") String userValue) throws Exception {
        Set<String> allowed = Set.of("2 * 21", "40 + 2");
        String chosen = allowed.contains(userValue) ? userValue : "2 * 21";
        ScriptEngine engine = new ScriptEngineManager().getEngineByExtension("js");
        StringBuilder script = new StringBuilder("function rule(order) { return ");
        script.append(chosen).append("; }");
        engine.eval(new StringReader(script.toString()));
        return ResponseEntity.ok("done");
    }
}
