package org.securetag.bench.pathtraver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import org.securetag.bench.helpers.InputValidators;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase032 {

    @PostMapping("/032/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String userValue) throws Exception {
        String chosen = InputValidators.requireOneOf(userValue, Set.of("report.txt", "summary.csv"));
        Path target = Paths.get("/srv/exports").resolve(chosen);
        boolean removed = Files.deleteIfExists(target);
        return ResponseEntity.ok("done");
    }
}
