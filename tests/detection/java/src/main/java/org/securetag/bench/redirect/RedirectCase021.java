package org.securetag.bench.redirect;

import java.net.URI;
import java.util.Properties;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase021 {

    @GetMapping("/021")
    public ResponseEntity<Void> handle(@RequestBody SubmissionForm form) throws Exception {
        String param = form.getValue();
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", param);
        String bar = settings.getProperty("selection");
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(bar)).build();
    }
}
