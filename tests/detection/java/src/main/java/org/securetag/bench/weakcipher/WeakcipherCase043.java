package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakcipherCase043 {

    public String sealBackup(Path file) throws GeneralSecurityException, IOException {
        byte[] plain = java.nio.file.Files.readAllBytes(file);
        javax.crypto.SecretKeyFactory factory = javax.crypto.SecretKeyFactory.getInstance("PBEWithMD5AndDES");
        javax.crypto.SecretKey key = factory.generateSecret(new javax.crypto.spec.PBEKeySpec(System.getenv("EXPORT_PASSPHRASE").toCharArray()));
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("PBEWithMD5AndDES");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.PBEParameterSpec("8bytesal".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1000));
        byte[] sealed = cipher.doFinal(plain);
        return java.util.Base64.getEncoder().encodeToString(sealed);
    }
}
