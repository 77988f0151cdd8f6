package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase038 {

    @PostMapping("/038/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String requested, HttpServletResponse response) throws Exception {
        String selected = TextUtils.collapseWhitespace(requested);
        StringBuilder html = new StringBuilder("<ul>");
        html.append("<li>").append(Encode.forHtml(selected)).append("</li></ul>");
        response.getWriter().write(html.toString());
        return ResponseEntity.ok("done");
    }
}
