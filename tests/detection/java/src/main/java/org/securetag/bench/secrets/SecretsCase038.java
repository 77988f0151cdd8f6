package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase038 {

    private static final String API_KEY_PLACEHOLDER = "YOUR_API_KEY_HERE";

    public boolean isConfigured(String apiKey) {
        return apiKey != null && !apiKey.isBlank() && !API_KEY_PLACEHOLDER.equals(apiKey);
    }
}
