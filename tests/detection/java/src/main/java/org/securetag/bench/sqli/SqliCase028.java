package org.securetag.bench.sqli;

import java.sql.Connection;
import java.sql.Statement;
import java.util.logging.Logger;
import org.securetag.bench.helpers.Db;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase028 {

    @PostMapping("/028/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String param) throws Exception {
        String note = "requested: " + param;
        String bar = "guest";
        Logger.getLogger("audit").fine("note length " + note.length());
        try (Connection connection = Db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.addBatch("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = '" + bar + "'");
            statement.addBatch("INSERT INTO audit_log(event) VALUES ('login')");
            statement.executeBatch();
        }
        return ResponseEntity.ok("done");
    }
}
