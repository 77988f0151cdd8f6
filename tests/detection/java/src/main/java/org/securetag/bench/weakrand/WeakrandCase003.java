package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase003 {

    public String newSessionId() {
        double seed = Math.random();
        return Long.toHexString(Double.doubleToLongBits(seed));
    }
}
