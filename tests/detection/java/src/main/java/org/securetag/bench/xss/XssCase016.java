package org.securetag.bench.xss;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase016 {

    private static String choose(String requested) {
        switch (requested) {
            case "second":
                return "Guest";
            default:
                return "Welcome";
        }
    }

    @PostMapping("/016")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String raw = queryParams.getOrDefault("q", "");
        String cleaned = choose(raw);
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<span class=\"user\">" + cleaned + "</span>");
    }
}
