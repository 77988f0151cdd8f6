package org.securetag.bench.weakcipher;

import java.io.InputStream;
import java.util.Base64;
import java.util.Properties;
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
public class WeakcipherCase013 {

    @PostMapping("/013")
    public ResponseEntity<String> handle(@RequestBody byte[] plain) throws Exception {
        Properties props = new Properties();
        try (InputStream stream = getClass().getClassLoader().getResourceAsStream("crypto.properties")) {
            props.load(stream);
        }
        String transformation = props.getProperty("cryptoAlg1", "AES/GCM/NoPadding");
        SecretKey key = KeyGenerator.getInstance("DES").generateKey();
        Cipher cipher = Cipher.getInstance(transformation);
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(plain);
        return ResponseEntity.ok(Base64.getEncoder().encodeToString(sealed));
    }
}
