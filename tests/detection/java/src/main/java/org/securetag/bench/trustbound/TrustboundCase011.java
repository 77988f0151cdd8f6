package org.securetag.bench.trustbound;

import javax.servlet.http.HttpServletRequest;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase011 {

    @GetMapping("/011")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String userValue, HttpServletRequest request) throws Exception {
        String chosen = TextUtils.firstNonEmpty(userValue, "all");
        request.getSession().setAttribute("userRole", chosen);
        return ResponseEntity.ok("done");
    }
}
