package org.securetag.bench.xss;

import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase042 {

    @PostMapping("/042")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams, HttpServletResponse response) throws Exception {
        String param = queryParams.getOrDefault("q", "");
        String bar = "guest";
        if (param != null && !param.isEmpty()) {
            bar = param;
        }
        String encoded = StringEscapeUtils.escapeHtml4(bar);
        response.getWriter().write(encoded.toCharArray(), 0, encoded.length());
        return ResponseEntity.ok("done");
    }
}
