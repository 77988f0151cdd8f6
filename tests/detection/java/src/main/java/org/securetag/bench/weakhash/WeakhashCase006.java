package org.securetag.bench.weakhash;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase006 {

    public String apiKeyFingerprint(String apiKey) throws GeneralSecurityException, IOException {
        byte[] input = apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] digest = java.security.MessageDigest.getInstance("SHA3-256").digest(input);
        return java.util.HexFormat.of().formatHex(digest);
    }
}
