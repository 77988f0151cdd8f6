package org.securetag.bench.weakhash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.securetag.bench.helpers.CryptoSettings;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakhash")
public class WeakhashCase012 {

    @PostMapping("/012")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        byte[] input = form.getValue().getBytes(StandardCharsets.UTF_8);
        MessageDigest md = MessageDigest.getInstance(CryptoSettings.DIGEST_V2);
        byte[] digest = md.digest(input);
        return ResponseEntity.ok(HexFormat.of().formatHex(digest));
    }
}
