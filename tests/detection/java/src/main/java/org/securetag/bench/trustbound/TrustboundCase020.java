package org.securetag.bench.trustbound;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase020 {

    private String lastRequested;
    private final String defaultSelection = "standard";

    @PostMapping("/020")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String incoming, HttpServletRequest request) throws Exception {
        this.lastRequested = incoming;
        String entry = this.defaultSelection;
        HttpSession session = request.getSession();
        session.setAttribute("displayName", "user-" + entry);
        return ResponseEntity.ok("done");
    }
}
