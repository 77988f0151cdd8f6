package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase023 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/023")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String raw = form.getValue();
        String cleaned = tidy(raw);
        File exportDir = new File(System.getProperty("java.io.tmpdir"), "exports");
        try (FileOutputStream out = new FileOutputStream(new File(exportDir, cleaned))) {
            out.write("exported".getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok("done");
    }
}
