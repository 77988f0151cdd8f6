package org.securetag.bench.weakrand;

import java.security.SecureRandom;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase040 {

    public byte[] gcmNonce() {
        byte[] iv = new byte[12];
        SecureRandom.getInstanceStrong().nextBytes(iv);
        return iv;
    }
}
