package org.securetag.bench.cmdi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase033 {

    @GetMapping("/033")
    public ResponseEntity<String> handle(@RequestParam("name") String supplied) throws Exception {
        int num = 106;
        String choice = (7 * 42) - num > 200 ? "featured" : supplied;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "tar -czf /tmp/export.tgz " + choice);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
