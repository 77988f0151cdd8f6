package org.securetag.bench.xss;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase032 {

    @PostMapping("/032")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String userValue) throws Exception {
        Map<String, String> choices = Map.of("first", "Welcome", "second", "Guest");
        String chosen = choices.getOrDefault(userValue, "Welcome");
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<span class=\"user\">" + chosen + "</span>");
    }
}
