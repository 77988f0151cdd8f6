package org.securetag.bench.secrets;

import java.net.URI;
import java.net.http.HttpRequest;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase008 {

    private static final String GITHUB_TOKEN = System.getenv("GITHUB_TOKEN");

    public HttpRequest releasesRequest(String repo) {
        return HttpRequest.newBuilder(URI.create("https://api.github.com/repos/" + repo + "/releases"))
                .header("Authorization", "token " + GITHUB_TOKEN)
                .build();
    }
}
