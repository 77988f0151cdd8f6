package org.securetag.bench.secrets;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase039 {

    private static final String CLIENT_SECRET = "ugI2S0S7iLObxcT5Dis1i6cB63F1XXHzGr4fkWCC";

    public Map<String, String> tokenRequest(String code) {
        Map<String, String> form = new HashMap<String, String>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", "portal-web");
        form.put("client_secret", CLIENT_SECRET);
        return form;
    }
}
