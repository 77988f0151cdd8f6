package org.securetag.bench.xss;

import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase017 {

    @GetMapping("/017")
    public ResponseEntity<String> handle(@RequestBody String requested, HttpServletResponse response) throws Exception {
        String selected = String.join(" ", requested.trim().split("\\s+"));
        response.getWriter().print("<p>Hello " + selected + "</p>");
        return ResponseEntity.ok("done");
    }
}
