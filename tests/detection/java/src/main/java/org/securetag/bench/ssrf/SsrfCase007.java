package org.securetag.bench.ssrf;

import java.util.Properties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase007 {

    @GetMapping("/007")
    public ResponseEntity<String> handle(@RequestParam("name") String param) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", param);
        String bar = settings.getProperty("selection");
        RestTemplate restTemplate = new RestTemplate();
        String preview = restTemplate.getForObject(bar, String.class);
        return ResponseEntity.ok("done");
    }
}
