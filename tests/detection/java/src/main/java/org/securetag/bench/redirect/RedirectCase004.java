package org.securetag.bench.redirect;

import java.net.URI;
import org.securetag.bench.helpers.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase004 {

    @PostMapping("/004")
    public ResponseEntity<Void> handle(@RequestParam("name") String userValue) throws Exception {
        String chosen = Labels.displayLabel(userValue);
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(chosen)).build();
    }
}
