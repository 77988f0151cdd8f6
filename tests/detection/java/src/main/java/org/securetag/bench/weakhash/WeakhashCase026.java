package org.securetag.bench.weakhash;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase026 {

    public String apiKeyFingerprint(String apiKey) throws GeneralSecurityException, IOException {
        byte[] input = apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean legacyFormat = false;
        String algorithm = legacyFormat ? "MD5" : "SHA-256";
        byte[] digest = java.security.MessageDigest.getInstance(algorithm).digest(input);
        return java.util.HexFormat.of().formatHex(digest);
    }
}
