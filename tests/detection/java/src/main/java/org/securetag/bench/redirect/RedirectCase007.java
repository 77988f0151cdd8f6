package org.securetag.bench.redirect;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase007 {

    private String lastSelection;

    @GetMapping("/007/{id}")
    public ResponseEntity<Void> handle(@PathVariable("id") String param) throws Exception {
        this.lastSelection = param;
        String bar = this.lastSelection;
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(bar)).build();
    }
}
