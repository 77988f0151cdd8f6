package org.securetag.bench.cmdi;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.securetag.bench.helpers.SubmissionForm;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase042 {

    @PostMapping("/042")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String param = form.getValue();
        String bar = TextUtils.collapseWhitespace(param);
        Process process = new ProcessBuilder("wc", "-w").start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(bar.getBytes(StandardCharsets.UTF_8));
        }
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
