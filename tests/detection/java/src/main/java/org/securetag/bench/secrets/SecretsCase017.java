package org.securetag.bench.secrets;

import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase017 {

    public SecretKeySpec dataKey() {
        return new javax.crypto.spec.SecretKeySpec("k64qHQFWWPjwLtMO".getBytes(java.nio.charset.StandardCharsets.UTF_8), "AES");
    }
}
