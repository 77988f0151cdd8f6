package org.securetag.bench.ssrf;

import java.util.Set;
import org.securetag.bench.helpers.InputValidators;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase020 {

    @PostMapping("/020")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String incoming = form.getValue();
        String entry = InputValidators.requireOneOf(incoming, Set.of("https://status.example.com/health", "https://api.example.com/v1/ping"));
        org.springframework.web.client.RestTemplate restTemplate = new org.springframework.web.client.RestTemplate();
        String preview = restTemplate.getForObject(entry, String.class);
        return ResponseEntity.ok("done");
    }
}
