package org.securetag.bench.ssrf;

import java.util.Base64;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase039 {

    @GetMapping("/039")
    public ResponseEntity<String> handle(@RequestParam("name") String userValue, HttpServletResponse response) throws Exception {
        String chosen = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(userValue.getBytes())));
        java.net.URL avatar = new java.net.URL(String.format("https://%s/avatar.png", chosen));
        java.net.URLConnection connection = avatar.openConnection();
        connection.setConnectTimeout(2000);
        try (java.io.InputStream in = connection.getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
        return ResponseEntity.ok("done");
    }
}
