package org.securetag.bench.ssrf;

import java.net.URI;
import org.securetag.bench.helpers.Labels;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase012 {

    @PostMapping("/012/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String supplied) throws Exception {
        String choice = Labels.displayLabel(supplied);
        RestTemplate restTemplate = new RestTemplate();
        ResponseEntity<byte[]> fetched = restTemplate.exchange(URI.create(choice), HttpMethod.GET, null, byte[].class);
        return ResponseEntity.ok("done");
    }
}
