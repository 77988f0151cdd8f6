package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import org.springframework.stereotype.Service;

@Service
public class WeakcipherCase006 {

    public String sealBackup(Path file) throws GeneralSecurityException, IOException {
        byte[] plain = Files.readAllBytes(file);
        SecretKey key = KeyGenerator.getInstance("ChaCha20").generateKey();
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("ChaCha20-Poly1305");
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        byte[] sealed = cipher.doFinal(plain);
        return Base64.getEncoder().encodeToString(sealed);
    }
}
