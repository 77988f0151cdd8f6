package org.securetag.bench.redirect;

import java.util.Optional;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase030 {

    @PostMapping("/030")
    public ResponseEntity<String> handle(@RequestParam("name") String raw, HttpServletResponse response) throws Exception {
        String cleaned = Optional.ofNullable(raw).map(String::trim).orElse("");
        response.sendRedirect("/search?q=" + java.net.URLEncoder.encode(cleaned, "UTF-8"));
        return ResponseEntity.ok("done");
    }
}
