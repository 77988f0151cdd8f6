package org.securetag.bench.ssrf;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase044 {

    @PostMapping("/044/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String raw) throws Exception {
        String guess = "ABC";
        char switchTarget = guess.charAt(1);
        String cleaned;
        switch (switchTarget) {
            case 'A':
                cleaned = raw;
                break;
            case 'B':
                cleaned = "https://status.example.com/health";
                break;
            case 'C':
            case 'D':
                cleaned = raw;
                break;
            default:
                cleaned = "https://api.example.com/v1/ping";
                break;
        }
        try (java.io.InputStream in = new java.net.URL("http://" + cleaned + "/api/status").openStream()) {
            byte[] body = in.readAllBytes();
        }
        return ResponseEntity.ok("done");
    }
}
