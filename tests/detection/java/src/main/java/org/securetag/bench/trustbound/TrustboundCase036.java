package org.securetag.bench.trustbound;

import javax.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase036 {

    @PostMapping("/036")
    public ResponseEntity<String> handle(@RequestParam("name") String input, HttpServletRequest request) throws Exception {
        String guess = "ABC";
        char switchTarget = guess.charAt(1);
        String term;
        switch (switchTarget) {
            case 'A':
                term = input;
                break;
            case 'B':
                term = "standard";
                break;
            case 'C':
            case 'D':
                term = input;
                break;
            default:
                term = "premium";
                break;
        }
        request.getSession().setAttribute(term, "10340");
        return ResponseEntity.ok("done");
    }
}
