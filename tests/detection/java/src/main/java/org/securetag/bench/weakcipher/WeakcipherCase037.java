package org.securetag.bench.weakcipher;

import java.util.Base64;
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
public class WeakcipherCase037 {

    @PostMapping("/037")
    public ResponseEntity<String> handle(@RequestBody byte[] plain) throws Exception {
        SecretKey key = KeyGenerator.getInstance("ARCFOUR").generateKey();
        Cipher cipher = Cipher.getInstance("ARCFOUR");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(plain);
        return ResponseEntity.ok(Base64.getEncoder().encodeToString(sealed));
    }
}
