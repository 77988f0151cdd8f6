package org.securetag.bench.sqli;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.securetag.bench.helpers.AppConfig;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase013 {

    @PersistenceContext
    private EntityManager entityManager;

    @GetMapping("/013/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String incoming) throws Exception {
        AppConfig config = new AppConfig();
        config.set("lookup", incoming);
        String entry = config.getOrDefault("lookup", "");
        java.util.List<?> users = entityManager.createQuery("SELECT u FROM UserAccount u WHERE u.email = '" + entry + "'").getResultList();
        return ResponseEntity.ok("done");
    }
}
