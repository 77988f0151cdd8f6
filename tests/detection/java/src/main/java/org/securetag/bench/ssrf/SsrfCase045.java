package org.securetag.bench.ssrf;

@org.springframework.web.bind.annotation.RestController
public class SsrfCase045 {

    private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(3))
            .build();

    @org.springframework.web.bind.annotation.PostMapping("/webhooks/test")
    public org.springframework.http.ResponseEntity<String> testWebhook(
            @org.springframework.web.bind.annotation.RequestBody org.securetag.bench.helpers.SubmissionForm form) throws Exception {
        java.net.http.HttpRequest ping = java.net.http.HttpRequest.newBuilder(java.net.URI.create(form.getValue()))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"event\":\"ping\"}"))
                .build();
        java.net.http.HttpResponse<String> reply = client.send(ping, java.net.http.HttpResponse.BodyHandlers.ofString());
        return org.springframework.http.ResponseEntity.ok("status " + reply.statusCode());
    }
}
