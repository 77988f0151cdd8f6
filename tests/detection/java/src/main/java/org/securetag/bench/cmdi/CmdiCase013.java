package org.securetag.bench.cmdi;

import java.util.Base64;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase013 {

    @GetMapping("/013/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String incoming) throws Exception {
        String entry = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(incoming.getBytes())));
        StringBuilder script = new StringBuilder("git -C /srv/repos/site log --oneline ");
        script.append(entry);
        Process process = new ProcessBuilder("/bin/bash", "-c", script.toString()).inheritIO().start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
