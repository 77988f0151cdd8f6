package org.securetag.bench.weakcipher;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakcipher")
public class WeakcipherCase008 {

    @PostMapping("/008")
    public ResponseEntity<String> handle(@RequestBody byte[] plain) throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        java.security.KeyPair pair = generator.generateKeyPair();
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, pair.getPublic());
        byte[] sealed = cipher.doFinal(plain);
        return org.springframework.http.ResponseEntity.ok(java.util.Base64.getEncoder().encodeToString(sealed));
    }
}
