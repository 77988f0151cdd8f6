package org.securetag.bench.weakhash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase039 {

    public String apiKeyFingerprint(String apiKey) throws GeneralSecurityException, IOException {
        byte[] input = apiKey.getBytes(StandardCharsets.UTF_8);
        byte[] digest = DigestUtils.sha1(input);
        return HexFormat.of().formatHex(digest);
    }
}
