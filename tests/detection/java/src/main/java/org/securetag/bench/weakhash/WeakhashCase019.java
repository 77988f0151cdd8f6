package org.securetag.bench.weakhash;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import org.springframework.stereotype.Service;

@Service
public class WeakhashCase019 {

    public String apiKeyFingerprint(String apiKey) throws GeneralSecurityException, IOException {
        byte[] input = apiKey.getBytes(StandardCharsets.UTF_8);
        byte[] digest = Hashing.md5().hashBytes(input).asBytes();
        return HexFormat.of().formatHex(digest);
    }
}
