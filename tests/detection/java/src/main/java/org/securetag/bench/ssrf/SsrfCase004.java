package org.securetag.bench.ssrf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase004 {

    @PostMapping("/004")
    public ResponseEntity<String> handle(@RequestBody String userValue) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("default", "https://status.example.com/health");
        settings.setProperty("requested", userValue);
        String chosen = settings.getProperty("default");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest outbound = HttpRequest.newBuilder(URI.create(chosen)).GET().build();
        HttpResponse<String> reply = client.send(outbound, HttpResponse.BodyHandlers.ofString());
        return ResponseEntity.ok("done");
    }
}
