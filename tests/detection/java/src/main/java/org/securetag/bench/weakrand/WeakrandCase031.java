package org.securetag.bench.weakrand;

import java.util.Base64;
import org.apache.commons.lang3.RandomUtils;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase031 {

    public String newWebhookSecret() {
        byte[] secret = RandomUtils.nextBytes(32);
        return Base64.getEncoder().encodeToString(secret);
    }
}
