package org.securetag.bench.sqli;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase043 {

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

    @GetMapping("/043")
    public ResponseEntity<String> handle(@RequestBody String input) throws Exception {
        String term = normalizeCase(input);
        try (java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection()) {
            java.sql.Statement statement = connection.createStatement();
            int updated = statement.executeUpdate("UPDATE carts SET coupon = '" + term + "' WHERE id = 7");
        }
        return ResponseEntity.ok("done");
    }
}
