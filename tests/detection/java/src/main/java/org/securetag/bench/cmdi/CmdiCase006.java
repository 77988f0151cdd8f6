package org.securetag.bench.cmdi;

import java.util.Map;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase006 {

    @PostMapping("/006")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String incoming = queryParams.getOrDefault("q", "");
        String entry = TextUtils.collapseWhitespace(incoming);
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "ping -c 1 -- \"$TARGET_HOST\"");
        builder.environment().put("TARGET_HOST", entry);
        Process process = builder.start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
