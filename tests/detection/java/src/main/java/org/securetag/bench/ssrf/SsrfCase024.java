package org.securetag.bench.ssrf;

import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase024 {

    @PostMapping("/024")
    public ResponseEntity<String> handle(@RequestParam("name") String requested, HttpServletResponse response) throws Exception {
        Map<String, String> choices = Map.of("first", "https://status.example.com/health", "second", "https://api.example.com/v1/ping");
        String selected = choices.getOrDefault(requested, "https://status.example.com/health");
        URL avatar = new URL(String.format("https://%s/avatar.png", selected));
        URLConnection connection = avatar.openConnection();
        connection.setConnectTimeout(2000);
        try (InputStream in = connection.getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
        return ResponseEntity.ok("done");
    }
}
