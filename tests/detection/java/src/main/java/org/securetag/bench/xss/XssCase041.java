package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase041 {

    @GetMapping("/041/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String incoming, HttpServletResponse response) throws Exception {
        String entry = TextUtils.firstNonEmpty(incoming, "all");
        StringBuilder html = new StringBuilder("<ul>");
        html.append("<li>").append(entry).append("</li></ul>");
        response.getWriter().write(html.toString());
        return ResponseEntity.ok("done");
    }
}
