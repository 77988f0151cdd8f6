package org.securetag.bench.cmdi;

import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase030 {

    @PostMapping("/030")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String raw) throws Exception {
        String cleaned = TextUtils.collapseWhitespace(raw);
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "ping -c 1 -- \"$TARGET_HOST\"");
        builder.environment().put("TARGET_HOST", cleaned);
        Process process = builder.start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
