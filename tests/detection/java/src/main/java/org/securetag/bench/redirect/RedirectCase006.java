package org.securetag.bench.redirect;

import java.util.Optional;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase006 {

    @PostMapping("/006")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String incoming, HttpServletResponse response) throws Exception {
        String entry = Optional.ofNullable(incoming).map(String::trim).orElse("");
        java.util.Map<String, String> pages = java.util.Map.of("home", "/home", "orders", "/orders", "profile", "/account/profile");
        response.setHeader("Location", pages.getOrDefault(entry, "/home"));
        response.setStatus(302);
        return ResponseEntity.ok("done");
    }
}
