package org.securetag.bench.redirect;

import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase033 {

    @GetMapping("/033")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String supplied, HttpServletResponse response) throws Exception {
        String choice = TextUtils.firstNonEmpty(supplied, "all");
        response.sendRedirect(choice + "?welcome=1");
        return ResponseEntity.ok("done");
    }
}
