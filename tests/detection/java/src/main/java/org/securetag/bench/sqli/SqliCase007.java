package org.securetag.bench.sqli;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase007 {

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @GetMapping("/007")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String param) throws Exception {
        String bar = normalizeCase(param);
        java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();
        java.sql.PreparedStatement statement = connection.prepareStatement("SELECT * FROM orders WHERE status = '" + bar + "' AND owner = ?");
        statement.setString(1, "system");
        java.sql.ResultSet rs = statement.executeQuery();
        rs.close();
        connection.close();
        return ResponseEntity.ok("done");
    }
}
