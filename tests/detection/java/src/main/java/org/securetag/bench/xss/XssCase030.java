package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
@RequestMapping("/xss")
public class XssCase030 {

    @PostMapping("/030")
    public ResponseEntity<String> handle(@RequestBody String raw, HttpServletResponse response) throws Exception {
        String cleaned = "guest";
        if (raw != null && !raw.isEmpty()) {
            cleaned = raw;
        }
        response.getWriter().print("<p>Hello " + HtmlUtils.htmlEscape(cleaned) + "</p>");
        return ResponseEntity.ok("done");
    }
}
