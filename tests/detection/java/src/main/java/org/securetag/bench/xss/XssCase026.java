package org.securetag.bench.xss;

import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.lang3.StringEscapeUtils;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase026 {

    @PostMapping("/026")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String supplied, HttpServletResponse response) throws Exception {
        String choice = TextUtils.collapseWhitespace(supplied);
        response.getWriter().printf(Locale.US, "<div class=\"note\">%s</div>", StringEscapeUtils.escapeHtml4(choice));
        return ResponseEntity.ok("done");
    }
}
