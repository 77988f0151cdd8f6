package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakcipherCase019 {

    public String sealBackup(Path file) throws GeneralSecurityException, IOException {
        byte[] plain = java.nio.file.Files.readAllBytes(file);
        boolean legacyClients = true;
        String transformation = legacyClients ? "DES/ECB/PKCS5Padding" : "AES/GCM/NoPadding";
        javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("DES").generateKey();
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(transformation);
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(plain);
        return java.util.Base64.getEncoder().encodeToString(sealed);
    }
}
