package org.securetag.bench.codeinj;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase011 {

    @GetMapping("/011/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String userValue) throws Exception {
        String chosen = String.join(" ", userValue.trim().split("\\s+"));
        javax.script.ScriptEngine engine = new javax.script.ScriptEngineManager().getEngineByExtension("js");
        StringBuilder script = new StringBuilder("function rule(order) { return ");
        script.append(chosen).append("; }");
        engine.eval(new java.io.StringReader(script.toString()));
        return ResponseEntity.ok("done");
    }
}
