package org.securetag.bench.cmdi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CmdiCase045 {

    @PostMapping("/tools/diagnostics")
    public ResponseEntity<String> traceroute(@RequestBody SubmissionForm form) throws IOException, InterruptedException {
        Process process = startTrace(form.getValue());
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return ResponseEntity.ok(output);
    }

    private Process startTrace(String host) throws IOException {
        String command = String.format("traceroute -m 10 %s 2>&1", host);
        return new ProcessBuilder("/bin/sh", "-c", command).start();
    }
}
