package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

@Service
public class WeakcipherCase038 {

    public String sealBackup(Path file) throws GeneralSecurityException, IOException {
        byte[] plain = Files.readAllBytes(file);
        SecretKey key = KeyGenerator.getInstance("AES").generateKey();
        Cipher cipher = Cipher.getInstance("AESWrap");
        cipher.init(Cipher.WRAP_MODE, key);
        byte[] sealed = cipher.wrap(new SecretKeySpec(Arrays.copyOf(plain, 32), "AES"));
        return Base64.getEncoder().encodeToString(sealed);
    }
}
