package org.securetag.bench.redirect;

import java.net.URI;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase032 {

    @PostMapping("/032")
    public ResponseEntity<Void> handle(@RequestBody SubmissionForm form) throws Exception {
        String userValue = form.getValue();
        String guess = "ABC";
        char switchTarget = guess.charAt(1);
        String chosen;
        switch (switchTarget) {
            case 'A':
                chosen = userValue;
                break;
            case 'B':
                chosen = "/home";
                break;
            case 'C':
            case 'D':
                chosen = userValue;
                break;
            default:
                chosen = "/account/overview";
                break;
        }
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(chosen)).build();
    }
}
