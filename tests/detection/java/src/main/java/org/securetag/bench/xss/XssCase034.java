package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase034 {

    @PostMapping("/034")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String incoming, HttpServletResponse response) throws Exception {
        StringBuilder assembled = new StringBuilder();
        assembled.append(incoming.trim());
        String entry = assembled.toString();
        java.io.PrintWriter out = response.getWriter();
        out.format("<h1>Results for %s</h1>", org.owasp.esapi.ESAPI.encoder().encodeForHTML(entry));
        return ResponseEntity.ok("done");
    }
}
