package org.securetag.bench.weakhash;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase033 {

    public byte[] hashPassword(char[] password, byte[] salt) throws GeneralSecurityException, IOException {
        byte[] secret = new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] input = new byte[salt.length + secret.length];
        System.arraycopy(salt, 0, input, 0, salt.length);
        System.arraycopy(secret, 0, input, salt.length, secret.length);
        String family = "SHA";
        byte[] digest = java.security.MessageDigest.getInstance(family + "-1").digest(input);
        return digest;
    }
}
