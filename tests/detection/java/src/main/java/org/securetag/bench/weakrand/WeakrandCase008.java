package org.securetag.bench.weakrand;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase008 {

    private static final SecureRandom RNG = new SecureRandom();

    public String invitationCode() {
        byte[] bytes = new byte[16];
        RNG.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
