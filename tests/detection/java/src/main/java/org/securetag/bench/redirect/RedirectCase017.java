package org.securetag.bench.redirect;

import java.util.Base64;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase017 {

    @GetMapping("/017")
    public ResponseEntity<String> handle(@RequestParam("name") String requested, HttpServletResponse response) throws Exception {
        String selected = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(requested.getBytes())));
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", selected);
        return ResponseEntity.ok("done");
    }
}
