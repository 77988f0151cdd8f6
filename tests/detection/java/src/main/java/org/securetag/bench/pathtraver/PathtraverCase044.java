package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.FileInputStream;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase044 {

    @PostMapping("/044")
    public ResponseEntity<String> handle(@RequestParam("name") String raw, HttpServletResponse response) throws Exception {
        int number = Integer.parseInt(raw.trim());
        String cleaned = String.valueOf(number);
        File file = new File("/var/app/uploads/" + cleaned);
        try (FileInputStream in = new FileInputStream(file)) {
            in.transferTo(response.getOutputStream());
        }
        return ResponseEntity.ok("done");
    }
}
