package org.securetag.bench.sqli;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Properties;
import org.securetag.bench.helpers.Db;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase039 {

    @GetMapping("/039")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String userValue) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", userValue);
        String chosen = settings.getProperty("selection");
        Connection connection = Db.getConnection();
        CallableStatement call = connection.prepareCall("{call find_customer('" + chosen + "')}");
        ResultSet rs = call.executeQuery();
        rs.close();
        connection.close();
        return ResponseEntity.ok("done");
    }
}
