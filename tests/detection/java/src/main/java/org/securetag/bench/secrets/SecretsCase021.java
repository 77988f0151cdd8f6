package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase021 {

    public String authorizationHeader() {
        String credentials = "deploy:" + "Winter2024#prod";
        return "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
