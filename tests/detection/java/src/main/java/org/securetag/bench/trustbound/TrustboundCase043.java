package org.securetag.bench.trustbound;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase043 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/043")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String input, HttpServletRequest request) throws Exception {
        String term = tidy(input);
        HttpSession session = request.getSession(true);
        session.putValue("cartNote", term);
        return ResponseEntity.ok("done");
    }
}
