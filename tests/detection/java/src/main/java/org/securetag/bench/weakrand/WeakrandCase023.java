package org.securetag.bench.weakrand;

import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase023 {

    public byte[] newSalt() {
        byte[] salt = new byte[16];
        new Random().nextBytes(salt);
        return salt;
    }
}
