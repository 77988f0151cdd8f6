package org.securetag.bench.secrets;

import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase018 {

    public SecretKeySpec dataKey() {
        return new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(System.getenv("DATA_KEY_B64")), "AES");
    }
}
