package org.securetag.bench.cmdi;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase041 {

    @GetMapping("/041")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String incoming = queryParams.getOrDefault("q", "");
        String entry = String.join(" ", incoming.trim().split("\\s+"));
        StringBuilder script = new StringBuilder("git -C /srv/repos/site log --oneline ");
        script.append(entry);
        Process process = new ProcessBuilder("/bin/bash", "-c", script.toString()).inheritIO().start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
