package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.RandomAccessFile;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase040 {

    private String lastRequested;
    private final String defaultSelection = "report.txt";

    @PostMapping("/040")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String supplied = form.getValue();
        this.lastRequested = supplied;
        String choice = this.defaultSelection;
        try (RandomAccessFile file = new RandomAccessFile(new File("/var/app/logs", choice), "r")) {
            file.seek(Math.max(0, file.length() - 4096));
            String tail = file.readLine();
        }
        return ResponseEntity.ok("done");
    }
}
