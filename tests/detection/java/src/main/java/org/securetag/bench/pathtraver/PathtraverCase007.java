package org.securetag.bench.pathtraver;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase007 {

    @GetMapping("/007")
    public ResponseEntity<String> handle(@RequestBody String param) throws Exception {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(param);
        valuesList.add("popular");
        valuesList.remove(0);
        String bar = valuesList.get(0);
        java.nio.file.Path target = java.nio.file.Paths.get("/srv/exports").resolve(bar);
        boolean removed = java.nio.file.Files.deleteIfExists(target);
        return ResponseEntity.ok("done");
    }
}
