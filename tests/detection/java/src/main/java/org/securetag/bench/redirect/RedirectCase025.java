package org.securetag.bench.redirect;

import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase025 {

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

    @GetMapping("/025")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams, HttpServletResponse response) throws Exception {
        String userValue = queryParams.getOrDefault("q", "");
        String chosen = normalizeCase(userValue);
        response.addHeader("Refresh", "0; url=" + chosen);
        return ResponseEntity.ok("done");
    }
}
