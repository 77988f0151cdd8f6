package org.securetag.bench.cmdi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase001 {

    @GetMapping("/001")
    public ResponseEntity<String> handle(@RequestParam("name") String input) throws Exception {
        String term = input.substring(0, Math.min(input.length(), 120)).trim();
        String[] command = {"/bin/sh", "-c", "ping -c 1 " + term};
        Process process = Runtime.getRuntime().exec(command);
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
