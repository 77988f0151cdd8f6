package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakcipherCase003 {

    public String sealBackup(Path file) throws GeneralSecurityException, IOException {
        byte[] plain = java.nio.file.Files.readAllBytes(file);
        javax.crypto.KeyGenerator keyGen = javax.crypto.KeyGenerator.getInstance("AES");
        keyGen.init(256);
        javax.crypto.SecretKey key = keyGen.generateKey();
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(plain);
        return java.util.Base64.getEncoder().encodeToString(sealed);
    }
}
