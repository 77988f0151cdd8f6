package org.securetag.bench.weakrand;

import java.util.UUID;
import org.securetag.bench.helpers.AppConfig;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase044 {

    public String shareLinkToken(AppConfig config) {
        String token = UUID.randomUUID().toString();
        config.set("share", token);
        return token;
    }
}
