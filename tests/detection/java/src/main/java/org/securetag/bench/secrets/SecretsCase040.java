package org.securetag.bench.secrets;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase040 {

    private static final String CLIENT_SECRET = System.getenv("OAUTH_CLIENT_SECRET");

    public Map<String, String> tokenRequest(String code) {
        Map<String, String> form = new HashMap<String, String>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", "portal-web");
        form.put("client_secret", CLIENT_SECRET);
        return form;
    }
}
