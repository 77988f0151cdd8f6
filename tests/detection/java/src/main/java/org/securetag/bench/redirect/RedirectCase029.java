package org.securetag.bench.redirect;

import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase029 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/029/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String input, HttpServletResponse response) throws Exception {
        String term = tidy(input);
        response.sendRedirect(term);
        return ResponseEntity.ok("done");
    }
}
