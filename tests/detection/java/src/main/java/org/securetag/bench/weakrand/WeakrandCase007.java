package org.securetag.bench.weakrand;

import java.util.Base64;
import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase007 {

    private static final Random RNG = new Random();

    public String invitationCode() {
        byte[] bytes = new byte[16];
        RNG.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
