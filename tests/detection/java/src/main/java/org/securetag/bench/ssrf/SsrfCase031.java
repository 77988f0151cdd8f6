package org.securetag.bench.ssrf;

import java.io.InputStream;
import java.net.URL;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase031 {

    @GetMapping("/031")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String requested) throws Exception {
        String selected = String.join(" ", requested.trim().split("\\s+"));
        try (InputStream in = new URL("http://" + selected + "/api/status").openStream()) {
            byte[] body = in.readAllBytes();
        }
        return ResponseEntity.ok("done");
    }
}
