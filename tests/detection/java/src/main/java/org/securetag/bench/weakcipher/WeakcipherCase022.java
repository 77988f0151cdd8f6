package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

@Service
public class WeakcipherCase022 {

    public String sealBackup(Path file) throws GeneralSecurityException, IOException {
        byte[] plain = Files.readAllBytes(file);
        byte[] keyBytes = HexFormat.of().parseHex(System.getenv("DATA_KEY_HEX"));
        SecretKeySpec key = new SecretKeySpec(keyBytes, "AES");
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD("v2".getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plain);
        return Base64.getEncoder().encodeToString(sealed);
    }
}
