package org.securetag.bench.cmdi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase009 {

    @GetMapping("/009")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String raw = queryParams.getOrDefault("q", "");
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(raw);
        valuesList.add("popular");
        valuesList.remove(0);
        String cleaned = valuesList.get(0);
        ProcessBuilder builder = new ProcessBuilder();
        builder.command("cmd.exe", "/c", "dir " + cleaned);
        Process process = builder.start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
