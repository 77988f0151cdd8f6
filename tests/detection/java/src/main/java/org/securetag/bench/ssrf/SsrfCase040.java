package org.securetag.bench.ssrf;

import java.net.URI;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase040 {

    @PostMapping("/040")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String supplied) throws Exception {
        int num = 86;
        String choice = (7 * 42) - num > 200 ? "https://status.example.com/health" : supplied;
        RestTemplate restTemplate = new RestTemplate();
        ResponseEntity<byte[]> fetched = restTemplate.exchange(URI.create(choice), HttpMethod.GET, null, byte[].class);
        return ResponseEntity.ok("done");
    }
}
