package org.securetag.bench.ssrf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase019 {

    @GetMapping("/019/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String supplied) throws Exception {
        String choice = TextUtils.firstNonEmpty(supplied, "all");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest outbound = HttpRequest.newBuilder(URI.create(choice)).GET().build();
        HttpResponse<String> reply = client.send(outbound, HttpResponse.BodyHandlers.ofString());
        return ResponseEntity.ok("done");
    }
}
