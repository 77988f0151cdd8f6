package org.securetag.bench.weakcipher;

import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakcipher")
public class WeakcipherCase029 {

    @PostMapping("/029")
    public ResponseEntity<String> handle(@RequestBody byte[] plain) throws Exception {
        Map<String, String> transformations = Map.of("v1", "DESede/ECB/PKCS5Padding", "v2", "AES/GCM/NoPadding");
        SecretKey key = KeyGenerator.getInstance("DESede").generateKey();
        Cipher cipher = Cipher.getInstance(transformations.get("v1"));
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(plain);
        return ResponseEntity.ok(Base64.getEncoder().encodeToString(sealed));
    }
}
