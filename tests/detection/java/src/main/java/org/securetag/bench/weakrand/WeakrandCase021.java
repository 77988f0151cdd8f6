package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase021 {

    public byte[] newDataKey() {
        byte[] key = new byte[32];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(key);
        return key;
    }
}
