package org.securetag.bench.secrets;

import javax.crypto.SecretKey;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase016 {

    public SecretKey jwtKey() {
        return io.jsonwebtoken.security.Keys.secretKeyFor(io.jsonwebtoken.SignatureAlgorithm.HS256);
    }
}
