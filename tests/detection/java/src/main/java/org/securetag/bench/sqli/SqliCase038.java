package org.securetag.bench.sqli;

import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase038 {

    @PersistenceContext
    private EntityManager entityManager;

    @PostMapping("/038")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String requested = queryParams.getOrDefault("q", "");
        String selected = requested.substring(0, Math.min(requested.length(), 120)).trim();
        List<?> users = entityManager.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email")
                .setParameter("email", selected)
                .getResultList();
        return ResponseEntity.ok("done");
    }
}
