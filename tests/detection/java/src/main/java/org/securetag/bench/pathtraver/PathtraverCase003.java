package org.securetag.bench.pathtraver;

import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase003 {

    @GetMapping("/003")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String requested, HttpServletResponse response) throws Exception {
        String selected = String.join(" ", requested.trim().split("\\s+"));
        byte[] data = Files.readAllBytes(Paths.get("/var/app/reports", selected));
        response.getOutputStream().write(data);
        return ResponseEntity.ok("done");
    }
}
