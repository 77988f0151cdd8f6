package org.securetag.bench.cmdi;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase010 {

    @PostMapping("/010")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String requested = form.getValue();
        String selected = "guest";
        if (requested != null && !requested.isEmpty()) {
            selected = requested;
        }
        Process process = new ProcessBuilder("wc", "-w").start();
        try (java.io.OutputStream stdin = process.getOutputStream()) {
            stdin.write(selected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
