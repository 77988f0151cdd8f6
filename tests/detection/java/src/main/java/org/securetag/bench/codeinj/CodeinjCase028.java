package org.securetag.bench.codeinj;

import org.securetag.bench.helpers.Labels;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/codeinj")
public class CodeinjCase028 {

    @PostMapping("/028")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String param = form.getValue();
        String bar = Labels.displayLabel(param);
        org.springframework.expression.ExpressionParser parser = new org.springframework.expression.spel.standard.SpelExpressionParser();
        org.springframework.expression.Expression expression = parser.parseExpression("'Hello, ' + " + bar);
        Object greeting = expression.getValue(new org.springframework.expression.spel.support.StandardEvaluationContext());
        return ResponseEntity.ok("done");
    }
}
