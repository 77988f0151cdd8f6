package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase010 {

    public String temporaryPassword() {
        return org.apache.commons.lang3.RandomStringUtils.random(16, 0, 0, true, true, null, new java.security.SecureRandom());
    }
}
