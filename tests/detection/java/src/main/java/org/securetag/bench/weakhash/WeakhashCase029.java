package org.securetag.bench.weakhash;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase029 {

    public String apiKeyFingerprint(String apiKey) throws GeneralSecurityException, IOException {
        byte[] input = apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, String> algorithms = java.util.Map.of("v1", "MD5", "v2", "SHA-256");
        byte[] digest = java.security.MessageDigest.getInstance(algorithms.get("v1")).digest(input);
        return java.util.HexFormat.of().formatHex(digest);
    }
}
