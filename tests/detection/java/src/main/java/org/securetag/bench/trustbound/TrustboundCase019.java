package org.securetag.bench.trustbound;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase019 {

    @GetMapping("/019")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String supplied, HttpServletRequest request) throws Exception {
        String choice = supplied.substring(0, Math.min(supplied.length(), 120)).trim();
        HttpSession session = request.getSession();
        session.setAttribute("displayName", "user-" + choice);
        return ResponseEntity.ok("done");
    }
}
