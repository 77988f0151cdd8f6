package org.securetag.bench.sqli;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import org.securetag.bench.helpers.Db;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase003 {

    @GetMapping("/003/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String requested) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", requested);
        String selected = settings.getProperty("selection");
        Connection connection = Db.getConnection();
        Statement statement = connection.createStatement();
        statement.execute(String.format("DELETE FROM saved_searches WHERE label = '%s'", selected));
        statement.close();
        connection.close();
        return ResponseEntity.ok("done");
    }
}
