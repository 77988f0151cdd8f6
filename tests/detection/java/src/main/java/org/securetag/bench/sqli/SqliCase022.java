package org.securetag.bench.sqli;

import java.util.Base64;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase022 {

    @PersistenceContext
    private EntityManager entityManager;

    @PostMapping("/022")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String input) throws Exception {
        String term = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(input.getBytes())));
        Object count = entityManager.createNativeQuery("SELECT COUNT(*) FROM invoices WHERE customer_ref = ?1").setParameter(1, term).getSingleResult();
        return ResponseEntity.ok("done");
    }
}
