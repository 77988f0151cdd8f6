package org.securetag.bench.weakhash;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase020 {

    public byte[] hashPassword(char[] password, byte[] salt) throws GeneralSecurityException, IOException {
        byte[] secret = new String(password).getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[salt.length + secret.length];
        System.arraycopy(salt, 0, input, 0, salt.length);
        System.arraycopy(secret, 0, input, salt.length, secret.length);
        byte[] digest = Hashing.sha256().hashBytes(input).asBytes();
        return digest;
    }
}
