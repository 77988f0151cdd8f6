package org.securetag.bench.weakhash;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakhash")
public class WeakhashCase002 {

    @PostMapping("/002")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        byte[] input = form.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        byte[] digest = md.digest(input);
        return org.springframework.http.ResponseEntity.ok(java.util.HexFormat.of().formatHex(digest));
    }
}
