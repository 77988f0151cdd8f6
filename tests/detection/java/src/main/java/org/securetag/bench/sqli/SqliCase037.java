package org.securetag.bench.sqli;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase037 {

    @PersistenceContext
    private EntityManager entityManager;

    @GetMapping("/037")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String raw = form.getValue();
        Object count = entityManager.createNativeQuery(String.format("SELECT COUNT(*) FROM invoices WHERE customer_ref = '%s'", raw)).getSingleResult();
        return ResponseEntity.ok("done");
    }
}
