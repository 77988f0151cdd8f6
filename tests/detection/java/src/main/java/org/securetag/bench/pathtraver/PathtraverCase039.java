package org.securetag.bench.pathtraver;

import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase039 {

    @GetMapping("/039")
    public ResponseEntity<String> handle(@RequestBody String userValue, HttpServletResponse response) throws Exception {
        String chosen = String.join(" ", userValue.trim().split("\\s+"));
        byte[] data = Files.readAllBytes(Paths.get("/var/app/reports", chosen));
        response.getOutputStream().write(data);
        return ResponseEntity.ok("done");
    }
}
