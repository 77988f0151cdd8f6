package org.securetag.bench.trustbound;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase024 {

    @PostMapping("/024/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String requested, HttpServletRequest request) throws Exception {
        int number = Integer.parseInt(requested.trim());
        String selected = String.valueOf(number);
        HttpSession session = request.getSession(true);
        session.putValue("cartNote", selected);
        return ResponseEntity.ok("done");
    }
}
