package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.HtmlEncoding;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase018 {

    @PostMapping("/018")
    public ResponseEntity<String> handle(@RequestParam("name") String userValue, HttpServletResponse response) throws Exception {
        String chosen = "guest";
        if (userValue != null && !userValue.isEmpty()) {
            chosen = userValue;
        }
        response.getWriter().println("<a href=\"/search\">Back to " + HtmlEncoding.escape(chosen) + "</a>");
        return ResponseEntity.ok("done");
    }
}
