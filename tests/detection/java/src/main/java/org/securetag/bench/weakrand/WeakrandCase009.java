package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase009 {

    public String temporaryPassword() {
        return org.apache.commons.lang3.RandomStringUtils.randomAlphanumeric(16);
    }
}
