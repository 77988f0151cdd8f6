package org.securetag.bench.sqli;

import java.util.Base64;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase010 {

    @PersistenceContext
    private EntityManager entityManager;

    @PostMapping("/010")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String requested = form.getValue();
        String selected = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(requested.getBytes())));
        List<?> users = entityManager.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email")
                .setParameter("email", selected)
                .getResultList();
        return ResponseEntity.ok("done");
    }
}
