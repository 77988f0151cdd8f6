package org.securetag.bench.cmdi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase034 {

    @PostMapping("/034/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String incoming) throws Exception {
        String entry = "guest";
        if (incoming != null && !incoming.isEmpty()) {
            entry = incoming;
        }
        Process process = new ProcessBuilder("wc", "-w").start();
        try (java.io.OutputStream stdin = process.getOutputStream()) {
            stdin.write(entry.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
