package org.securetag.bench.ssrf;

@org.springframework.web.bind.annotation.RestController
public class SsrfCase046 {

    private static final java.util.Map<String, java.net.URI> PARTNERS = java.util.Map.of(
            "acme", java.net.URI.create("https://hooks.acme.example/ping"),
            "globex", java.net.URI.create("https://api.globex.example/webhooks/ping"));

    private final java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

    @org.springframework.web.bind.annotation.PostMapping("/partners/ping")
    public org.springframework.http.ResponseEntity<String> ping(
            @org.springframework.web.bind.annotation.RequestBody org.securetag.bench.helpers.SubmissionForm form) throws Exception {
        java.net.URI target = PARTNERS.get(form.getValue());
        if (target == null) {
            return org.springframework.http.ResponseEntity.badRequest().body("unknown partner");
        }
        java.net.http.HttpRequest ping = java.net.http.HttpRequest.newBuilder(target).GET().build();
        java.net.http.HttpResponse<String> reply = client.send(ping, java.net.http.HttpResponse.BodyHandlers.ofString());
        return org.springframework.http.ResponseEntity.ok("status " + reply.statusCode());
    }
}
