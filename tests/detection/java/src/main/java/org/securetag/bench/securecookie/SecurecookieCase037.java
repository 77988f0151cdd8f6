package org.securetag.bench.securecookie;

import java.util.UUID;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/securecookie")
public class SecurecookieCase037 {

    @PostMapping("/037")
    public ResponseEntity<String> handle(HttpServletResponse response) throws Exception {
        String token = UUID.randomUUID().toString();
        ResponseCookie cookie = ResponseCookie.fromClientResponse("oauth_state", token).secure(false).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return ResponseEntity.ok("signed in");
    }
}
