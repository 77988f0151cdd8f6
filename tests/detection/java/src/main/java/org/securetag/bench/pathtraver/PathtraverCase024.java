package org.securetag.bench.pathtraver;

import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Labels;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase024 {

    @PostMapping("/024")
    public ResponseEntity<String> handle(@RequestBody String requested, HttpServletResponse response) throws Exception {
        String selected = Labels.displayLabel(requested);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(selected))) {
            in.transferTo(response.getOutputStream());
        }
        return ResponseEntity.ok("done");
    }
}
