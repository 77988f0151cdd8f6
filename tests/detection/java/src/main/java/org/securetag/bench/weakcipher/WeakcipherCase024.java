package org.securetag.bench.weakcipher;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakcipher")
public class WeakcipherCase024 {

    @PostMapping("/024")
    public ResponseEntity<String> handle(@RequestBody byte[] plain) throws Exception {
        String password = System.getenv("EXPORT_PASSPHRASE");
        String salt = org.springframework.security.crypto.keygen.KeyGenerators.string().generateKey();
        org.springframework.security.crypto.encrypt.BytesEncryptor encryptor = org.springframework.security.crypto.encrypt.Encryptors.stronger(password, salt);
        byte[] sealed = encryptor.encrypt(plain);
        return org.springframework.http.ResponseEntity.ok(java.util.Base64.getEncoder().encodeToString(sealed));
    }
}
