package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase013 {

    public String csrfToken() {
        java.util.SplittableRandom random = new java.util.SplittableRandom();
        return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
    }
}
