package org.securetag.bench.cmdi;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase037 {

    @GetMapping("/037")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String raw = form.getValue();
        String cleaned = raw.substring(0, Math.min(raw.length(), 120)).trim();
        ProcessBuilder builder = new ProcessBuilder();
        builder.command("cmd.exe", "/c", "dir " + cleaned);
        Process process = builder.start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
