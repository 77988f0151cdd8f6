package org.securetag.bench.secrets;

import java.net.http.HttpRequest;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase010 {

    public HttpRequest postMessage(String json) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://slack.com/api/chat.postMessage"))
                .header("Authorization", "Bearer " + org.securetag.bench.helpers.SecretStore.lookup("SLACK_BOT_TOKEN"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
