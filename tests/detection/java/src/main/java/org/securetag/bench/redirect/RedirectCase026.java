package org.securetag.bench.redirect;

import java.net.URI;
import java.util.Set;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase026 {

    @PostMapping("/026")
    public ResponseEntity<Void> handle(@RequestBody SubmissionForm form) throws Exception {
        String supplied = form.getValue();
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String choice;
        switch (switchTarget) {
            case 'A':
                choice = supplied;
                break;
            case 'B':
                choice = "bob";
                break;
            case 'C':
            case 'D':
                choice = supplied;
                break;
            default:
                choice = "bob's your uncle";
                break;
        }
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(Set.of("/home", "/orders").contains(choice) ? choice : "/home")).build();
    }
}
