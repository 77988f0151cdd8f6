package org.securetag.bench.ssrf;

import java.util.Map;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase036 {

    @PostMapping("/036")
    public ResponseEntity<String> handle(@RequestBody String input) throws Exception {
        Map<String, String> regions = Map.of("eu", "https://eu.api.example.com", "us", "https://us.api.example.com");
        String term = regions.getOrDefault(input, "https://api.example.com");
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            HttpGet get = new HttpGet(term);
            http.execute(get).close();
        }
        return ResponseEntity.ok("done");
    }
}
