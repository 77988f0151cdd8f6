package org.securetag.bench.pathtraver;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase031 {

    @GetMapping("/031/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String requested) throws Exception {
        int num = 106;
        String selected = (7 * 42) - num > 200 ? "featured" : requested;
        java.nio.file.Files.write(java.nio.file.Paths.get(String.format("/tmp/uploads/%s.txt", selected)), new byte[0]);
        return ResponseEntity.ok("done");
    }
}
