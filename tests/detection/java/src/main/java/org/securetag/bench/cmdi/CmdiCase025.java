package org.securetag.bench.cmdi;

import java.io.File;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase025 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/025")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String userValue) throws Exception {
        String chosen = tidy(userValue);
        Runtime runtime = Runtime.getRuntime();
        Process process = runtime.exec(new String[] {"sh", "-c", "grep -c " + chosen + " /var/log/app/access.log"}, null, new File("/tmp"));
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
