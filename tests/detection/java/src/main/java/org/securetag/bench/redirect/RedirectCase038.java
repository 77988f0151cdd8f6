package org.securetag.bench.redirect;

import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase038 {

    @PostMapping("/038")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String requested, HttpServletResponse response) throws Exception {
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String selected;
        switch (switchTarget) {
            case 'A':
                selected = requested;
                break;
            case 'B':
                selected = "bob";
                break;
            case 'C':
            case 'D':
                selected = requested;
                break;
            default:
                selected = "bob's your uncle";
                break;
        }
        Map<String, String> pages = Map.of("home", "/home", "orders", "/orders", "profile", "/account/profile");
        response.setHeader("Location", pages.getOrDefault(selected, "/home"));
        response.setStatus(302);
        return ResponseEntity.ok("done");
    }
}
