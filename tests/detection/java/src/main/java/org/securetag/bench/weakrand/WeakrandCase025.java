package org.securetag.bench.weakrand;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakrand")
public class WeakrandCase025 {

    @PostMapping("/025")
    public ResponseEntity<String> handle(@RequestParam("email") String email) throws Exception {
        String verification = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40));
        org.securetag.bench.helpers.AppConfig pending = new org.securetag.bench.helpers.AppConfig();
        pending.set(email, verification);
        return org.springframework.http.ResponseEntity.ok("verification sent");
    }
}
