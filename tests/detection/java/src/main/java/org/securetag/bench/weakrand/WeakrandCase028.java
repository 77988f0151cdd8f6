package org.securetag.bench.weakrand;

import java.util.List;
import java.util.Random;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakrand")
public class WeakrandCase028 {

    @PostMapping("/028")
    public ResponseEntity<String> handle() throws Exception {
        List<String> backends = List.of("https://a.internal", "https://b.internal", "https://c.internal");
        String chosen = backends.get(new Random().nextInt(backends.size()));
        return ResponseEntity.ok(chosen);
    }
}
