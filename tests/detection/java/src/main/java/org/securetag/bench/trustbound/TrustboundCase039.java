package org.securetag.bench.trustbound;

import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase039 {

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @GetMapping("/039/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String userValue, HttpServletRequest request) throws Exception {
        String chosen = normalizeCase(userValue);
        HttpSession session = request.getSession();
        session.setAttribute("displayName", "user-" + chosen);
        return ResponseEntity.ok("done");
    }
}
