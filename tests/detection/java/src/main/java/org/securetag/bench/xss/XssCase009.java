package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase009 {

    @GetMapping("/009/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String raw, HttpServletResponse response) throws Exception {
        int num = 106;
        String cleaned = (7 * 42) - num > 200 ? "featured" : raw;
        StringBuilder html = new StringBuilder("<ul>");
        html.append("<li>").append(cleaned).append("</li></ul>");
        response.getWriter().write(html.toString());
        return ResponseEntity.ok("done");
    }
}
