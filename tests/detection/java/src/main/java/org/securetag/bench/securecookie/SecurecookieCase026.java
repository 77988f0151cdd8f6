package org.securetag.bench.securecookie;

import java.util.UUID;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/securecookie")
public class SecurecookieCase026 {

    @PostMapping("/026")
    public ResponseEntity<String> handle(HttpServletResponse response) throws Exception {
        String token = UUID.randomUUID().toString();
        Cookie cookie = new Cookie("api_session", token);
        cookie.setMaxAge(3600);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        return ResponseEntity.ok("signed in");
    }
}
