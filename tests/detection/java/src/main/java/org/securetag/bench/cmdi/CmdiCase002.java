package org.securetag.bench.cmdi;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase002 {

    @PostMapping("/002/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String raw) throws Exception {
        StringBuilder assembled = new StringBuilder();
        assembled.append(raw.trim());
        String cleaned = assembled.toString();
        Process process = new ProcessBuilder("wc", "-w").start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(cleaned.getBytes(StandardCharsets.UTF_8));
        }
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
