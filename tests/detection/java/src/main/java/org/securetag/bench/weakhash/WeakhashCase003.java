package org.securetag.bench.weakhash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase003 {

    public byte[] hashPassword(char[] password, byte[] salt) throws GeneralSecurityException, IOException {
        byte[] secret = new String(password).getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[salt.length + secret.length];
        System.arraycopy(salt, 0, input, 0, salt.length);
        System.arraycopy(secret, 0, input, salt.length, secret.length);
        MessageDigest md = MessageDigest.getInstance("SHA1");
        md.update(input);
        byte[] digest = md.digest();
        return digest;
    }
}
