package org.securetag.bench.xss;

import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase033 {

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @GetMapping("/033")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form, HttpServletResponse response) throws Exception {
        String supplied = form.getValue();
        String choice = normalizeCase(supplied);
        response.getWriter().print("<p>Hello " + choice + "</p>");
        return ResponseEntity.ok("done");
    }
}
