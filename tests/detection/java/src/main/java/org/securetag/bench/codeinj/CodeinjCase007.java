package org.securetag.bench.codeinj;

import java.util.Map;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase007 {

    @GetMapping("/007")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String param = queryParams.getOrDefault("q", "");
        String bar = param.substring(0, Math.min(param.length(), 120)).trim();
        ExpressionParser parser = new SpelExpressionParser();
        Expression expression = parser.parseExpression("'Hello, ' + " + bar);
        Object greeting = expression.getValue(new StandardEvaluationContext());
        return ResponseEntity.ok("done");
    }
}
