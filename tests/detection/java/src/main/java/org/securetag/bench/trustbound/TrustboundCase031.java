package org.securetag.bench.trustbound;

import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase031 {

    @GetMapping("/031")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form, HttpServletRequest request) throws Exception {
        String requested = form.getValue();
        String selected = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(requested.getBytes())));
        request.getSession().setAttribute("userRole", selected);
        return ResponseEntity.ok("done");
    }
}
