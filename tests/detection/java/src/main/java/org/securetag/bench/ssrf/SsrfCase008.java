package org.securetag.bench.ssrf;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase008 {

    private static String choose(String requested) {
        switch (requested) {
            case "second":
                return "https://api.example.com/v1/ping";
            default:
                return "https://status.example.com/health";
        }
    }

    @PostMapping("/008")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String input) throws Exception {
        String term = choose(input);
        try (org.apache.http.impl.client.CloseableHttpClient http = org.apache.http.impl.client.HttpClients.createDefault()) {
            org.apache.http.client.methods.HttpGet get = new org.apache.http.client.methods.HttpGet(term);
            http.execute(get).close();
        }
        return ResponseEntity.ok("done");
    }
}
