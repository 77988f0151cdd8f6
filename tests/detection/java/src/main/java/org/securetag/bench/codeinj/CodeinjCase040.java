package org.securetag.bench.codeinj;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase040 {

    @PostMapping("/040")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String supplied) throws Exception {
        Map<String, String> choices = Map.of("first", "2 * 21", "second", "40 + 2");
        String choice = choices.getOrDefault(supplied, "2 * 21");
        org.springframework.expression.ExpressionParser parser = new org.springframework.expression.spel.standard.SpelExpressionParser();
        Object result = parser.parseExpression(choice).getValue();
        return ResponseEntity.ok("done");
    }
}
