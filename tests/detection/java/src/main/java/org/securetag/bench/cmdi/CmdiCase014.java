package org.securetag.bench.cmdi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase014 {

    @PostMapping("/014")
    public ResponseEntity<String> handle(@RequestParam("name") String param) throws Exception {
        StringBuilder assembled = new StringBuilder();
        assembled.append(param.trim());
        String bar = assembled.toString();
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "ping -c 1 -- \"$TARGET_HOST\"");
        builder.environment().put("TARGET_HOST", bar);
        Process process = builder.start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
