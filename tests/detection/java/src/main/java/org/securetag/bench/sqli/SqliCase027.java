package org.securetag.bench.sqli;

import java.sql.Connection;
import java.sql.Statement;
import org.securetag.bench.helpers.Db;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase027 {

    @GetMapping("/027")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String incoming = form.getValue();
        String entry = String.join(" ", incoming.trim().split("\\s+"));
        try (Connection connection = Db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.addBatch("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = '" + entry + "'");
            statement.addBatch("INSERT INTO audit_log(event) VALUES ('login')");
            statement.executeBatch();
        }
        return ResponseEntity.ok("done");
    }
}
