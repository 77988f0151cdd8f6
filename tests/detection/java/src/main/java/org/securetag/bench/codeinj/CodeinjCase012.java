package org.securetag.bench.codeinj;

import java.util.ArrayList;
import java.util.List;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase012 {

    @PostMapping("/012")
    public ResponseEntity<String> handle(@RequestBody String supplied) throws Exception {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("2 * 21");
        valuesList.add(supplied);
        valuesList.add("40 + 2");
        valuesList.remove(0);
        String choice = valuesList.get(1);
        ExpressionParser parser = new SpelExpressionParser();
        Object result = parser.parseExpression(choice).getValue();
        return ResponseEntity.ok("done");
    }
}
