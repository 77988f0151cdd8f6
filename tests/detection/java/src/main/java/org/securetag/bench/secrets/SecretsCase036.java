package org.securetag.bench.secrets;

import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase036 {

    private static final String PASSWORD_FIELD = "password";
    private static final String PASSWORD_RESET_PATH = "/account/password/reset";

    public Map<String, String> loginForm(String user, char[] secret) {
        return Map.of("username", user, PASSWORD_FIELD, new String(secret), "next", PASSWORD_RESET_PATH);
    }
}
