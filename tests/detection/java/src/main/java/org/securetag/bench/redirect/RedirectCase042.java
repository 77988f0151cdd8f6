package org.securetag.bench.redirect;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase042 {

    @PostMapping("/042")
    public ResponseEntity<Void> handle(@RequestBody String param) throws Exception {
        String bar = Optional.ofNullable(param).map(String::trim).orElse("");
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(Set.of("/home", "/orders").contains(bar) ? bar : "/home")).build();
    }
}
