package org.securetag.bench.redirect;

import java.util.Optional;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase018 {

    @PostMapping("/018/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String userValue, HttpServletResponse response) throws Exception {
        String chosen = Optional.ofNullable(userValue).map(String::trim).orElse("");
        java.net.URI uri = java.net.URI.create(chosen);
        String destination = uri.getScheme() == null && uri.getHost() == null && chosen.startsWith("/") && !chosen.startsWith("//") ? uri.getPath() : "/";
        response.sendRedirect(destination);
        return ResponseEntity.ok("done");
    }
}
