package org.securetag.bench.sqli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securetag.bench.helpers.Db;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase032 {

    private final JdbcTemplate jdbcTemplate = new JdbcTemplate(Db.dataSource());

    @PostMapping("/032")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String userValue = queryParams.getOrDefault("q", "");
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("guest");
        valuesList.add(userValue);
        valuesList.add("staff");
        valuesList.remove(0);
        String chosen = valuesList.get(1);
        List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT * FROM products WHERE category = '" + chosen + "'");
        return ResponseEntity.ok("done");
    }
}
