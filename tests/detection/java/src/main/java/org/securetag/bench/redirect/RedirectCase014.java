package org.securetag.bench.redirect;

import java.net.URLEncoder;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase014 {

    @PostMapping("/014")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String param, HttpServletResponse response) throws Exception {
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String bar;
        switch (switchTarget) {
            case 'A':
                bar = param;
                break;
            case 'B':
                bar = "bob";
                break;
            case 'C':
            case 'D':
                bar = param;
                break;
            default:
                bar = "bob's your uncle";
                break;
        }
        response.sendRedirect("/search?q=" + URLEncoder.encode(bar, "UTF-8"));
        return ResponseEntity.ok("done");
    }
}
