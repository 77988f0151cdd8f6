package org.securetag.bench.ssrf;

import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase023 {

    @GetMapping("/023")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String raw) throws Exception {
        int num = 106;
        String cleaned = (7 * 42) - num > 200 ? "featured" : raw;
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            HttpGet get = new HttpGet(cleaned);
            http.execute(get).close();
        }
        return ResponseEntity.ok("done");
    }
}
