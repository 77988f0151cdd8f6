package org.securetag.bench.cmdi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase022 {

    @PostMapping("/022")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String input) throws Exception {
        String term = "guest";
        if (input != null && !input.isEmpty()) {
            term = input;
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "ping -c 1 -- \"$TARGET_HOST\"");
        builder.environment().put("TARGET_HOST", term);
        Process process = builder.start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
