package org.securetag.bench.sqli;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase016 {

    @PersistenceContext
    private EntityManager entityManager;

    @PostMapping("/016")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String raw) throws Exception {
        int num = 86;
        String cleaned = (7 * 42) - num > 200 ? "guest" : raw;
        Object count = entityManager.createNativeQuery(String.format("SELECT COUNT(*) FROM invoices WHERE customer_ref = '%s'", cleaned)).getSingleResult();
        return ResponseEntity.ok("done");
    }
}
