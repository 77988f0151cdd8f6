package org.securetag.bench.redirect;

import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase001 {

    @GetMapping("/001")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String input, HttpServletResponse response) throws Exception {
        int num = 106;
        String term = (7 * 42) - num > 200 ? "featured" : input;
        response.sendRedirect(term);
        return ResponseEntity.ok("done");
    }
}
