package org.securetag.bench.ssrf;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase027 {

    @GetMapping("/027")
    public ResponseEntity<String> handle(@RequestBody String incoming) throws Exception {
        String entry = incoming.substring(0, Math.min(incoming.length(), 120)).trim();
        org.springframework.web.client.RestTemplate restTemplate = new org.springframework.web.client.RestTemplate();
        org.springframework.http.ResponseEntity<byte[]> fetched = restTemplate.exchange(java.net.URI.create(entry), org.springframework.http.HttpMethod.GET, null, byte[].class);
        return ResponseEntity.ok("done");
    }
}
