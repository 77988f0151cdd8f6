package org.securetag.bench.weakrand;

import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase039 {

    public byte[] gcmNonce() {
        byte[] iv = new byte[12];
        new Random().nextBytes(iv);
        return iv;
    }
}
