package org.securetag.bench.trustbound;

import javax.servlet.http.HttpServletRequest;
import org.securetag.bench.helpers.Labels;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase004 {

    @PostMapping("/004")
    public ResponseEntity<String> handle(@RequestParam("name") String userValue, HttpServletRequest request) throws Exception {
        String chosen = Labels.displayLabel(userValue);
        javax.servlet.http.HttpSession session = request.getSession(true);
        session.putValue("cartNote", chosen);
        return ResponseEntity.ok("done");
    }
}
