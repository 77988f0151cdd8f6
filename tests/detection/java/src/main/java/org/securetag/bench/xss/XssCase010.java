package org.securetag.bench.xss;

import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase010 {

    @PostMapping("/010")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams, HttpServletResponse response) throws Exception {
        String requested = queryParams.getOrDefault("q", "");
        StringBuilder assembled = new StringBuilder();
        assembled.append(requested.trim());
        String selected = assembled.toString();
        StringBuilder html = new StringBuilder("<ul>");
        html.append("<li>").append(org.owasp.encoder.Encode.forHtml(selected)).append("</li></ul>");
        response.getWriter().write(html.toString());
        return ResponseEntity.ok("done");
    }
}
