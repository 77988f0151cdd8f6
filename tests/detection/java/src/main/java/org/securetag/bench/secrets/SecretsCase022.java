package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase022 {

    public String authorizationHeader() {
        String credentials = System.getenv("DEPLOY_USER") + ":" + System.getenv("DEPLOY_PASSWORD");
        return "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
