package org.securetag.bench.redirect;

import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase041 {

    @GetMapping("/041")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String incoming, HttpServletResponse response) throws Exception {
        String entry = incoming.substring(0, Math.min(incoming.length(), 120)).trim();
        response.setStatus(301);
        response.addHeader("Location", entry);
        return ResponseEntity.ok("done");
    }
}
