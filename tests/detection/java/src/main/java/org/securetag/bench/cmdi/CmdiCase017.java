package org.securetag.bench.cmdi;

import java.util.Properties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cmdi")
public class CmdiCase017 {

    @GetMapping("/017")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String requested) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", requested);
        String selected = settings.getProperty("selection");
        Process process = Runtime.getRuntime().exec("nslookup " + selected);
        int exitCode = process.waitFor();
        return ResponseEntity.ok("done");
    }
}
