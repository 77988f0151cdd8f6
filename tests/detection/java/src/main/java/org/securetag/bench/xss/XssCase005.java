package org.securetag.bench.xss;

import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase005 {

    @GetMapping("/005")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams, HttpServletResponse response) throws Exception {
        String supplied = queryParams.getOrDefault("q", "");
        String choice = TextUtils.firstNonEmpty(supplied, "all");
        response.getWriter().printf(java.util.Locale.US, "<div class=\"note\">%s</div>", choice);
        return ResponseEntity.ok("done");
    }
}
