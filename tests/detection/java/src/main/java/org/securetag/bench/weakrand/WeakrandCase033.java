package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase033 {

    public String sessionKey(String userId) {
        java.util.Random r = new java.util.Random();
        return userId + ":" + r.nextLong();
    }
}
