package org.securetag.bench.securecookie;

import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/securecookie")
public class SecurecookieCase023 {

    @PostMapping("/023")
    public ResponseEntity<String> handle(HttpServletResponse response) throws Exception {
        String token = java.util.UUID.randomUUID().toString();
        org.springframework.http.ResponseCookie cookie = org.springframework.http.ResponseCookie.from("XSRF-TOKEN", token).path("/").build();
        response.addHeader(org.springframework.http.HttpHeaders.SET_COOKIE, cookie.toString());
        return org.springframework.http.ResponseEntity.ok("signed in");
    }
}
