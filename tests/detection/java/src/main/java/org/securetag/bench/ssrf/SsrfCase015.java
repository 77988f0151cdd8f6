package org.securetag.bench.ssrf;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase015 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/015")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String input = queryParams.getOrDefault("q", "");
        String term = tidy(input);
        java.net.URL url = new java.net.URL(term);
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) url.openConnection();
        int status = connection.getResponseCode();
        return ResponseEntity.ok("done");
    }
}
