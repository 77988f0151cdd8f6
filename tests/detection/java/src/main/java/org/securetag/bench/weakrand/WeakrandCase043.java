package org.securetag.bench.weakrand;

import java.util.Random;
import java.util.UUID;
import org.securetag.bench.helpers.AppConfig;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase043 {

    public String shareLinkToken(AppConfig config) {
        String token = UUID.nameUUIDFromBytes(Long.toString(new Random().nextLong()).getBytes()).toString();
        config.set("share", token);
        return token;
    }
}
