package org.securetag.bench.sqli;

import java.util.HashMap;
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
public class SqliCase036 {

    @PersistenceContext
    private EntityManager entityManager;

    @PostMapping("/036")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String input = form.getValue();
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "guest");
        fields.put("keyB", input);
        String term = (String) fields.get("keyA");
        java.util.List<?> users = entityManager.createQuery("SELECT u FROM UserAccount u WHERE u.email = '" + term + "'").getResultList();
        return ResponseEntity.ok("done");
    }
}
