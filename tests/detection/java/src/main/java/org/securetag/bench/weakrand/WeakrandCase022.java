package org.securetag.bench.weakrand;

import java.security.NoSuchAlgorithmException;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase022 {

    public SecretKey newDataKey() throws NoSuchAlgorithmException {
        javax.crypto.KeyGenerator generator = javax.crypto.KeyGenerator.getInstance("AES");
        generator.init(256, new java.security.SecureRandom());
        return generator.generateKey();
    }
}
