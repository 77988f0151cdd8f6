package org.securetag.bench.cmdi;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase038 {

    @PostMapping("/038")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String requested = queryParams.getOrDefault("q", "");
        StringBuilder assembled = new StringBuilder();
        assembled.append(requested.trim());
        String selected = assembled.toString();
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "ping -c 1 -- \"$TARGET_HOST\"");
        builder.environment().put("TARGET_HOST", selected);
        Process process = builder.start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
