package org.securetag.bench.redirect;

import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase005 {

    @GetMapping("/005")
    public ResponseEntity<String> handle(@RequestBody String supplied, HttpServletResponse response) throws Exception {
        String choice = supplied.substring(0, Math.min(supplied.length(), 120)).trim();
        response.sendRedirect(choice + "?welcome=1");
        return ResponseEntity.ok("done");
    }
}
