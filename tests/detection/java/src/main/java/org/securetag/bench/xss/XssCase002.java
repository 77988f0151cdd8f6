package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
@RequestMapping("/xss")
public class XssCase002 {

    @PostMapping("/002")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String raw, HttpServletResponse response) throws Exception {
        String cleaned = TextUtils.collapseWhitespace(raw);
        response.getWriter().print("<p>Hello " + HtmlUtils.htmlEscape(cleaned) + "</p>");
        return ResponseEntity.ok("done");
    }
}
