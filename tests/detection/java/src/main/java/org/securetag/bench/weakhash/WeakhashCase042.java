package org.securetag.bench.weakhash;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakhash")
public class WeakhashCase042 {

    @PostMapping("/042")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        byte[] input = form.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA3-512");
        sha.update(input);
        byte[] digest = sha.digest();
        return org.springframework.http.ResponseEntity.ok(java.util.HexFormat.of().formatHex(digest));
    }
}
