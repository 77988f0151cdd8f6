package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase005 {

    public String issueApiKey(String owner) {
        long high = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        long low = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        return owner + "_" + Long.toHexString(high) + Long.toHexString(low);
    }
}
