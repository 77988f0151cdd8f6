package org.securetag.bench.weakhash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakhash")
public class WeakhashCase035 {

    private static byte[] digestOf(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("MD5").digest(data);
    }

    @PostMapping("/035")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        byte[] input = form.getValue().getBytes(StandardCharsets.UTF_8);
        byte[] digest = digestOf(input);
        return ResponseEntity.ok(HexFormat.of().formatHex(digest));
    }
}
