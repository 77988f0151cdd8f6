package org.securetag.bench.weakhash;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase010 {

    private static final String DIGEST_ALGORITHM = "SHA-256";

    public byte[] hashPassword(char[] password, byte[] salt) throws GeneralSecurityException, IOException {
        byte[] secret = new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] input = new byte[salt.length + secret.length];
        System.arraycopy(salt, 0, input, 0, salt.length);
        System.arraycopy(secret, 0, input, salt.length, secret.length);
        java.security.MessageDigest md = java.security.MessageDigest.getInstance(DIGEST_ALGORITHM);
        byte[] digest = md.digest(input);
        return digest;
    }
}
