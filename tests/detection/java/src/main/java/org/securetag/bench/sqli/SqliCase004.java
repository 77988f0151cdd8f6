package org.securetag.bench.sqli;

import java.sql.Connection;
import java.sql.Statement;
import org.securetag.bench.helpers.Db;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase004 {

    @PostMapping("/004")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String userValue = form.getValue();
        int number = Integer.parseInt(userValue.trim());
        String chosen = String.valueOf(number);
        Connection connection = Db.getConnection();
        Statement statement = connection.createStatement();
        statement.execute(String.format("DELETE FROM saved_searches WHERE label = '%s'", chosen));
        statement.close();
        connection.close();
        return ResponseEntity.ok("done");
    }
}
