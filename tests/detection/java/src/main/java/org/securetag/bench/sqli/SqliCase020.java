package org.securetag.bench.sqli;

import org.securetag.bench.helpers.Db;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase020 {

    private final JdbcTemplate jdbcTemplate = new JdbcTemplate(Db.dataSource());

    @PostMapping("/020")
    public ResponseEntity<String> handle(@RequestBody String incoming) throws Exception {
        String guess = "ABC";
        char switchTarget = guess.charAt(1);
        String entry;
        switch (switchTarget) {
            case 'A':
                entry = incoming;
                break;
            case 'B':
                entry = "guest";
                break;
            case 'C':
            case 'D':
                entry = incoming;
                break;
            default:
                entry = "staff";
                break;
        }
        Integer total = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM tickets WHERE assignee = '" + entry + "'", Integer.class);
        return ResponseEntity.ok("done");
    }
}
