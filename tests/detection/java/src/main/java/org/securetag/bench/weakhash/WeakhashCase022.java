package org.securetag.bench.weakhash;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakhash")
public class WeakhashCase022 {

    @PostMapping("/022")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        byte[] input = form.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-512/256").digest(input);
        return org.springframework.http.ResponseEntity.ok(java.util.HexFormat.of().formatHex(digest));
    }
}
