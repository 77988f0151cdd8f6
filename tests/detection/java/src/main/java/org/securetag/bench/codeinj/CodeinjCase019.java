package org.securetag.bench.codeinj;

import java.util.Base64;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase019 {

    @GetMapping("/019")
    public ResponseEntity<String> handle(@RequestBody String supplied) throws Exception {
        String choice = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(supplied.getBytes())));
        ExpressionParser parser = new SpelExpressionParser();
        Object result = parser.parseExpression(choice).getValue();
        return ResponseEntity.ok("done");
    }
}
