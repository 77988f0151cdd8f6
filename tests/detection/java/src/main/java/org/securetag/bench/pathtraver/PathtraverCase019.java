package org.securetag.bench.pathtraver;

import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase019 {

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

    @GetMapping("/019")
    public ResponseEntity<String> handle(@RequestParam("name") String supplied, HttpServletResponse response) throws Exception {
        String choice = normalizeCase(supplied);
        java.io.File file = new java.io.File("/var/app/uploads/" + choice);
        try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {
            in.transferTo(response.getOutputStream());
        }
        return ResponseEntity.ok("done");
    }
}
