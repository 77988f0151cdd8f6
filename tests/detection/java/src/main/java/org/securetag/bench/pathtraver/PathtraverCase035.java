package org.securetag.bench.pathtraver;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase035 {

    @GetMapping("/035")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String param, HttpServletResponse response) throws Exception {
        String bar = param.substring(0, Math.min(param.length(), 120)).trim();
        try (InputStream in = Files.newInputStream(Path.of(bar))) {
            in.transferTo(response.getOutputStream());
        }
        return ResponseEntity.ok("done");
    }
}
