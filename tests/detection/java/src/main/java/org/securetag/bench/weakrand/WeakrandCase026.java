package org.securetag.bench.weakrand;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakrand")
public class WeakrandCase026 {

    @PostMapping("/026")
    public ResponseEntity<String> handle(@RequestParam("email") String email) throws Exception {
        byte[] bytes = new byte[20];
        java.security.SecureRandom.getInstance("SHA1PRNG").nextBytes(bytes);
        String verification = java.util.HexFormat.of().formatHex(bytes);
        org.securetag.bench.helpers.AppConfig pending = new org.securetag.bench.helpers.AppConfig();
        pending.set(email, verification);
        return org.springframework.http.ResponseEntity.ok("verification sent");
    }
}
