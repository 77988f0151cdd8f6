package org.securetag.bench.pathtraver;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase036 {

    @PostMapping("/036")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String input = queryParams.getOrDefault("q", "");
        Map<String, String> choices = Map.of("first", "report.txt", "second", "summary.csv");
        String term = choices.getOrDefault(input, "report.txt");
        java.io.File avatar = new java.io.File(new java.io.File("/var/app/avatars"), term);
        if (avatar.exists()) {
            boolean deleted = avatar.delete();
        }
        return ResponseEntity.ok("done");
    }
}
