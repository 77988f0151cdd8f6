package org.securetag.bench.xss;

import java.util.Properties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase029 {

    @GetMapping("/029")
    public ResponseEntity<String> handle(@RequestParam("name") String input) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", input);
        String term = settings.getProperty("selection");
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<span class=\"user\">" + term + "</span>");
    }
}
