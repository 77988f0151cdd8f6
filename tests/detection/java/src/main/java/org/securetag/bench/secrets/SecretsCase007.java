package org.securetag.bench.secrets;

import java.net.URI;
import java.net.http.HttpRequest;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase007 {

    private static final String GITHUB_TOKEN = "ghp_TLSaIN3GKqaO8AGm1hDiA4aS0MI8VIHW2ss3";

    public HttpRequest releasesRequest(String repo) {
        return HttpRequest.newBuilder(URI.create("https://api.github.com/repos/" + repo + "/releases"))
                .header("Authorization", "token " + GITHUB_TOKEN)
                .build();
    }
}
