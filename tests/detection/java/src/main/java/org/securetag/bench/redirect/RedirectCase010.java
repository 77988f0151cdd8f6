package org.securetag.bench.redirect;

import java.net.URI;
import java.util.HashMap;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase010 {

    @PostMapping("/010")
    public ResponseEntity<Void> handle(@RequestBody String requested) throws Exception {
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", requested);
        String selected = (String) fields.get("keyB");
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(Set.of("/home", "/orders").contains(selected) ? selected : "/home")).build();
    }
}
