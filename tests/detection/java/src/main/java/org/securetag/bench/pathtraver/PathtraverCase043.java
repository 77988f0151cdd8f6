package org.securetag.bench.pathtraver;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase043 {

    @GetMapping("/043")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String input) throws Exception {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(input);
        valuesList.add("popular");
        valuesList.remove(0);
        String term = valuesList.get(0);
        java.nio.file.Path target = java.nio.file.Paths.get("/srv/exports").resolve(term);
        boolean removed = java.nio.file.Files.deleteIfExists(target);
        return ResponseEntity.ok("done");
    }
}
