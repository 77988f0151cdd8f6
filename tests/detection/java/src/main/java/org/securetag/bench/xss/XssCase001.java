package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase001 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/001")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form, HttpServletResponse response) throws Exception {
        String input = form.getValue();
        String term = tidy(input);
        response.getWriter().print("<p>Hello " + term + "</p>");
        return ResponseEntity.ok("done");
    }
}
