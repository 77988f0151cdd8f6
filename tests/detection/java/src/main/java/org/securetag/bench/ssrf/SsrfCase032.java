package org.securetag.bench.ssrf;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase032 {

    @PostMapping("/032")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String userValue) throws Exception {
        int itemId = Integer.parseInt(userValue);
        String chosen = "https://api.example.com/items/" + itemId;
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest outbound = java.net.http.HttpRequest.newBuilder(java.net.URI.create(chosen)).GET().build();
        java.net.http.HttpResponse<String> reply = client.send(outbound, java.net.http.HttpResponse.BodyHandlers.ofString());
        return ResponseEntity.ok("done");
    }
}
