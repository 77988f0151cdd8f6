package org.securetag.bench.weakhash;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakhash")
public class WeakhashCase025 {

    @PostMapping("/025")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        byte[] input = form.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean legacyFormat = true;
        String algorithm = legacyFormat ? "MD5" : "SHA-256";
        byte[] digest = java.security.MessageDigest.getInstance(algorithm).digest(input);
        return org.springframework.http.ResponseEntity.ok(java.util.HexFormat.of().formatHex(digest));
    }
}
