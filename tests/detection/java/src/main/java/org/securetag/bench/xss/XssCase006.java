package org.securetag.bench.xss;

import java.io.PrintWriter;
import javax.servlet.http.HttpServletResponse;
import org.owasp.esapi.ESAPI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase006 {

    @PostMapping("/006/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String incoming, HttpServletResponse response) throws Exception {
        String entry = "guest";
        if (incoming != null && !incoming.isEmpty()) {
            entry = incoming;
        }
        PrintWriter out = response.getWriter();
        out.format("<h1>Results for %s</h1>", ESAPI.encoder().encodeForHTML(entry));
        return ResponseEntity.ok("done");
    }
}
