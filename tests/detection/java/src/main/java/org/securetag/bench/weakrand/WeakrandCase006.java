package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase006 {

    public String issueApiKey(String owner) {
        byte[] bytes = new byte[24];
        java.security.SecureRandom.getInstanceStrong().nextBytes(bytes);
        return owner + "_" + java.util.HexFormat.of().formatHex(bytes);
    }
}
