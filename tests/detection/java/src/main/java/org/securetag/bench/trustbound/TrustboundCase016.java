package org.securetag.bench.trustbound;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase016 {

    @PostMapping("/016")
    public ResponseEntity<String> handle(@RequestBody String raw, HttpServletRequest request) throws Exception {
        Map<String, String> choices = Map.of("first", "standard", "second", "premium");
        String cleaned = choices.getOrDefault(raw, "standard");
        request.getSession().setAttribute(cleaned, "10340");
        return ResponseEntity.ok("done");
    }
}
