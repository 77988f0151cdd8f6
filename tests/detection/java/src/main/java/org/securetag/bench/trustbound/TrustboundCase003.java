package org.securetag.bench.trustbound;

import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase003 {

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

    @GetMapping("/003")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams, HttpServletRequest request) throws Exception {
        String requested = queryParams.getOrDefault("q", "");
        String selected = normalizeCase(requested);
        HttpSession session = request.getSession(true);
        session.putValue("cartNote", selected);
        return ResponseEntity.ok("done");
    }
}
