package org.securetag.bench.weakcipher;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakcipher")
public class WeakcipherCase021 {

    @PostMapping("/021")
    public ResponseEntity<String> handle(@RequestBody byte[] plain) throws Exception {
        byte[] keyBytes = Arrays.copyOf(HexFormat.of().parseHex(System.getenv("LEGACY_KEY_HEX")), 8);
        SecretKeySpec key = new SecretKeySpec(keyBytes, "DES");
        Cipher cipher = Cipher.getInstance("DES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(plain);
        return ResponseEntity.ok(Base64.getEncoder().encodeToString(sealed));
    }
}
