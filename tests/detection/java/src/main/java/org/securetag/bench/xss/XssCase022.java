package org.securetag.bench.xss;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
@RequestMapping("/xss")
public class XssCase022 {

    @PostMapping("/022")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String input = queryParams.getOrDefault("q", "");
        StringBuilder assembled = new StringBuilder();
        assembled.append(input.trim());
        String term = assembled.toString();
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<span class=\"user\">" + HtmlUtils.htmlEscape(term) + "</span>");
    }
}
