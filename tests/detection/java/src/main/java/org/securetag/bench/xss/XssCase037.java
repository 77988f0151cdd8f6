package org.securetag.bench.xss;

import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase037 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/037")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams, HttpServletResponse response) throws Exception {
        String raw = queryParams.getOrDefault("q", "");
        String cleaned = tidy(raw);
        response.getWriter().printf(Locale.US, "<div class=\"note\">%s</div>", cleaned);
        return ResponseEntity.ok("done");
    }
}
