package org.securetag.bench.secrets;

import java.net.http.HttpRequest;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase009 {

    public HttpRequest postMessage(String json) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://slack.com/api/chat.postMessage"))
                .header("Authorization", "Bearer xoxb-44499833521-2858735283318-BDNoFZGS21WFc93EPLe0kre1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
