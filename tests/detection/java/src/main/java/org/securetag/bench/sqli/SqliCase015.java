package org.securetag.bench.sqli;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase015 {

    @PersistenceContext
    private EntityManager entityManager;

    @GetMapping("/015")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String input) throws Exception {
        String term = TextUtils.firstNonEmpty(input, "all");
        Object count = entityManager.createNativeQuery(String.format("SELECT COUNT(*) FROM invoices WHERE customer_ref = '%s'", term)).getSingleResult();
        return ResponseEntity.ok("done");
    }
}
