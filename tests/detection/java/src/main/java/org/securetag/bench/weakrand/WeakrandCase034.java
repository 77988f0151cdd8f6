package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase034 {

    public String sessionKey(String userId) {
        java.security.SecureRandom r = new java.security.SecureRandom();
        return userId + ":" + r.nextLong();
    }
}
