package org.securetag.bench.cmdi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase021 {

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @GetMapping("/021")
    public ResponseEntity<String> handle(@RequestBody String param) throws Exception {
        String bar = normalizeCase(param);
        List<String> command = new ArrayList<String>();
        command.add("sh");
        command.add("-c");
        command.add(String.format("convert %s -resize 64x64 /tmp/thumb.png", bar));
        Process process = new ProcessBuilder(command).start();
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
