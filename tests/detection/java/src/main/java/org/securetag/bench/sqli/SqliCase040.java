package org.securetag.bench.sqli;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Properties;
import org.securetag.bench.helpers.Db;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase040 {

    @PostMapping("/040")
    public ResponseEntity<String> handle(@RequestParam("name") String supplied) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("default", "guest");
        settings.setProperty("requested", supplied);
        String choice = settings.getProperty("default");
        Connection connection = Db.getConnection();
        CallableStatement call = connection.prepareCall("{call find_customer('" + choice + "')}");
        ResultSet rs = call.executeQuery();
        rs.close();
        connection.close();
        return ResponseEntity.ok("done");
    }
}
