package org.securetag.bench.weakhash;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase009 {

    private static final String DIGEST_ALGORITHM = "md5";

    public String apiKeyFingerprint(String apiKey) throws GeneralSecurityException, IOException {
        byte[] input = apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.security.MessageDigest md = java.security.MessageDigest.getInstance(DIGEST_ALGORITHM);
        byte[] digest = md.digest(input);
        return java.util.HexFormat.of().formatHex(digest);
    }
}
