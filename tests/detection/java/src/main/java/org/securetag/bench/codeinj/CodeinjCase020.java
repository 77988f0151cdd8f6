package org.securetag.bench.codeinj;

import java.util.Properties;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase020 {

    @PostMapping("/020/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String incoming) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("default", "2 * 21");
        settings.setProperty("requested", incoming);
        String entry = settings.getProperty("default");
        ScriptEngineManager manager = new ScriptEngineManager();
        ScriptEngine engine = manager.getEngineByName("nashorn");
        Bindings bindings = engine.createBindings();
        bindings.put("price", 100);
        Object discounted = engine.eval(String.format("price - (%s)", entry), bindings);
        return ResponseEntity.ok("done");
    }
}
