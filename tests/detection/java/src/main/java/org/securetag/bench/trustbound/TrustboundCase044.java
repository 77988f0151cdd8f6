package org.securetag.bench.trustbound;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase044 {

    @PostMapping("/044")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String raw, HttpServletRequest request) throws Exception {
        String note = "requested: " + raw;
        String cleaned = "standard";
        Logger.getLogger("audit").fine("note length " + note.length());
        HttpSession session = request.getSession(true);
        session.putValue("cartNote", cleaned);
        return ResponseEntity.ok("done");
    }
}
