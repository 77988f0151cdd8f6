package org.securetag.bench.cmdi;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase026 {

    @PostMapping("/026")
    public ResponseEntity<String> handle(@RequestBody String supplied) throws Exception {
        StringBuilder assembled = new StringBuilder();
        assembled.append(supplied.trim());
        String choice = assembled.toString();
        Process process = new ProcessBuilder("wc", "-w").start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(choice.getBytes(StandardCharsets.UTF_8));
        }
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
