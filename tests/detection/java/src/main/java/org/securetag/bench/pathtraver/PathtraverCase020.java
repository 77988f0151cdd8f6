package org.securetag.bench.pathtraver;

import java.nio.file.Files;
import java.nio.file.Paths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase020 {

    private static String choose(String requested) {
        switch (requested) {
            case "second":
                return "summary.csv";
            default:
                return "report.txt";
        }
    }

    @PostMapping("/020")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String incoming) throws Exception {
        String entry = choose(incoming);
        Files.write(Paths.get(String.format("/tmp/uploads/%s.txt", entry)), new byte[0]);
        return ResponseEntity.ok("done");
    }
}
