package org.securetag.bench.xss;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase013 {

    @GetMapping("/013")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String incoming) throws Exception {
        String entry = incoming.substring(0, Math.min(incoming.length(), 120)).trim();
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<span class=\"user\">" + entry + "</span>");
    }
}
