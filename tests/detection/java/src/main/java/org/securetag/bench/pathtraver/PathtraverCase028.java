package org.securetag.bench.pathtraver;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase028 {

    @PostMapping("/028")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String param, HttpServletResponse response) throws Exception {
        Set<String> allowed = Set.of("report.txt", "summary.csv");
        String bar = allowed.contains(param) ? param : "report.txt";
        byte[] data = Files.readAllBytes(Paths.get("/var/app/reports", bar));
        response.getOutputStream().write(data);
        return ResponseEntity.ok("done");
    }
}
