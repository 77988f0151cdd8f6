package org.securetag.bench.cmdi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CmdiCase046 {

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*");

    @PostMapping("/tools/trace")
    public ResponseEntity<String> traceroute(@RequestBody SubmissionForm form) throws IOException, InterruptedException {
        String host = form.getValue();
        if (host == null || !HOST_NAME.matcher(host).matches()) {
            return ResponseEntity.badRequest().body("invalid host");
        }
        Process process = startTrace(host);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return ResponseEntity.ok(output);
    }

    private Process startTrace(String host) throws IOException {
        String command = String.format("traceroute -m 10 %s 2>&1", host);
        return new ProcessBuilder("/bin/sh", "-c", command).start();
    }
}
