package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;
import org.securetag.bench.helpers.SubmissionForm;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase014 {

    @PostMapping("/014")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form, HttpServletResponse response) throws Exception {
        String param = form.getValue();
        String bar = TextUtils.collapseWhitespace(param);
        String encoded = StringEscapeUtils.escapeHtml4(bar);
        response.getWriter().write(encoded.toCharArray(), 0, encoded.length());
        return ResponseEntity.ok("done");
    }
}
