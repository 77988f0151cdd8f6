package org.securetag.bench.trustbound;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.securetag.bench.helpers.InputValidators;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase012 {

    @PostMapping("/012")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String supplied, HttpServletRequest request) throws Exception {
        String choice = InputValidators.requireOneOf(supplied, Set.of("standard", "premium"));
        request.getSession().setAttribute("userRole", choice);
        return ResponseEntity.ok("done");
    }
}
