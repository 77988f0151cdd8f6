package org.securetag.bench.sqli;

import java.util.Base64;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase035 {

    @PersistenceContext
    private EntityManager entityManager;

    @GetMapping("/035/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String param) throws Exception {
        String bar = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(param.getBytes())));
        List<?> users = entityManager.createQuery("SELECT u FROM UserAccount u WHERE u.email = '" + bar + "'").getResultList();
        return ResponseEntity.ok("done");
    }
}
