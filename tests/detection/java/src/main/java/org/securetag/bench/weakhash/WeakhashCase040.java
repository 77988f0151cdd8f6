package org.securetag.bench.weakhash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.logging.Logger;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase040 {

    public byte[] hashPassword(char[] password, byte[] salt) throws GeneralSecurityException, IOException {
        byte[] secret = new String(password).getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[salt.length + secret.length];
        System.arraycopy(salt, 0, input, 0, salt.length);
        System.arraycopy(secret, 0, input, salt.length, secret.length);
        String legacyAlgorithm = "MD5";
        Logger.getLogger("crypto").fine("migrating from " + legacyAlgorithm);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(input);
        return digest;
    }
}
