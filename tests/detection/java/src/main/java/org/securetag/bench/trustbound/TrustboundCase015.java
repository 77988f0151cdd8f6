package org.securetag.bench.trustbound;

import javax.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase015 {

    @GetMapping("/015")
    public ResponseEntity<String> handle(@RequestBody String input, HttpServletRequest request) throws Exception {
        int num = 106;
        String term = (7 * 42) - num > 200 ? "featured" : input;
        request.getSession().setAttribute(term, "10340");
        return ResponseEntity.ok("done");
    }
}
