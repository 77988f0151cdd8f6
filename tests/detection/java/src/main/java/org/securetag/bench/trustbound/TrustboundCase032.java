package org.securetag.bench.trustbound;

import javax.servlet.http.HttpServletRequest;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase032 {

    @PostMapping("/032")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form, HttpServletRequest request) throws Exception {
        String userValue = form.getValue();
        int num = 86;
        String chosen = (7 * 42) - num > 200 ? "standard" : userValue;
        request.getSession().setAttribute("userRole", chosen);
        return ResponseEntity.ok("done");
    }
}
