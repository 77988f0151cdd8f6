package org.securetag.bench.cmdi;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase005 {

    @GetMapping("/005")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String supplied = form.getValue();
        String choice = String.join(" ", supplied.trim().split("\\s+"));
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "tar -czf /tmp/export.tgz " + choice);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
