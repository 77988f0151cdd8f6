package org.securetag.bench.ssrf;

import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase016 {

    @PostMapping("/016")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String raw = queryParams.getOrDefault("q", "");
        Set<String> allowed = Set.of("https://status.example.com/health", "https://api.example.com/v1/ping");
        String cleaned = allowed.contains(raw) ? raw : "https://status.example.com/health";
        try (InputStream in = new URL("http://" + cleaned + "/api/status").openStream()) {
            byte[] body = in.readAllBytes();
        }
        return ResponseEntity.ok("done");
    }
}
