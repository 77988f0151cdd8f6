package org.securetag.bench.codeinj;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase003 {

    @GetMapping("/003")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String requested = form.getValue();
        int num = 106;
        String selected = (7 * 42) - num > 200 ? "featured" : requested;
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
        Object result = engine.eval("var total = " + selected + "; total * 1.2;");
        return ResponseEntity.ok("done");
    }
}
