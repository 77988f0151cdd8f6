package org.securetag.bench.securecookie;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/securecookie")
public class SecurecookieCase041 {

    @PostMapping("/041")
    public ResponseEntity<String> handle() throws Exception {
        String token = UUID.randomUUID().toString();
        return ResponseEntity.ok().header("Set-Cookie", "session=" + token + "; HttpOnly").body("signed in");
    }
}
