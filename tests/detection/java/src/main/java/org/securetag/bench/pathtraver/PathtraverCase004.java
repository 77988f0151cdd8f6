package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.RandomAccessFile;
import java.util.Map;
import java.util.logging.Logger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase004 {

    @PostMapping("/004")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String userValue = queryParams.getOrDefault("q", "");
        String note = "requested: " + userValue;
        String chosen = "report.txt";
        Logger.getLogger("audit").fine("note length " + note.length());
        try (RandomAccessFile file = new RandomAccessFile(new File("/var/app/logs", chosen), "r")) {
            file.seek(Math.max(0, file.length() - 4096));
            String tail = file.readLine();
        }
        return ResponseEntity.ok("done");
    }
}
