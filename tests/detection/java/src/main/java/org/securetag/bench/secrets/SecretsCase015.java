package org.securetag.bench.secrets;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase015 {

    public SecretKey jwtKey() {
        return io.jsonwebtoken.security.Keys.hmacShaKeyFor("nynoaRFXDZ6ynqphaoFcZUSRjCWM6zouCDuhZtTF1tZUzTjW".getBytes(StandardCharsets.UTF_8));
    }
}
