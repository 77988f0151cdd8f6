package org.securetag.bench.weakrand;

import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/weakrand")
public class WeakrandCase027 {

    @PostMapping("/027")
    public ResponseEntity<String> handle() throws Exception {
        Random random = new Random();
        String state = random.ints(24, 0, 36).mapToObj(i -> Integer.toString(i, 36)).collect(Collectors.joining());
        return ResponseEntity.status(302).header("Location", "https://sso.example.com/authorize?state=" + state).build();
    }
}
