package org.securetag.bench.sqli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.securetag.bench.helpers.Db;
import org.securetag.bench.helpers.InputValidators;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase008 {

    @PostMapping("/008")
    public ResponseEntity<String> handle(@RequestParam("name") String input) throws Exception {
        String term = InputValidators.requireIdentifier(input);
        Connection connection = Db.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT * FROM orders WHERE status = '" + term + "' AND owner = ?");
        statement.setString(1, "system");
        ResultSet rs = statement.executeQuery();
        rs.close();
        connection.close();
        return ResponseEntity.ok("done");
    }
}
