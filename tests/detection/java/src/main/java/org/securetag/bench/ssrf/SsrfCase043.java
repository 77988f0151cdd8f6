package org.securetag.bench.ssrf;

import java.net.HttpURLConnection;
import java.net.URL;
import java.util.Properties;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase043 {

    @GetMapping("/043")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String input = form.getValue();
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", input);
        String term = settings.getProperty("selection");
        URL url = new URL(term);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        int status = connection.getResponseCode();
        return ResponseEntity.ok("done");
    }
}
