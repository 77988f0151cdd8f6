package org.securetag.bench.sqli;

import org.securetag.bench.helpers.Db;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase011 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }
    private final JdbcTemplate jdbcTemplate = new JdbcTemplate(Db.dataSource());

    @GetMapping("/011")
    public ResponseEntity<String> handle(@RequestBody String userValue) throws Exception {
        String chosen = tidy(userValue);
        StringBuilder sql = new StringBuilder("UPDATE accounts SET nickname = '");
        sql.append(chosen).append("' WHERE id = 1");
        int changed = jdbcTemplate.update(sql.toString());
        return ResponseEntity.ok("done");
    }
}
