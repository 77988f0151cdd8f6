package org.securetag.bench.sqli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securetag.bench.helpers.Db;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sqli")
public class SqliCase031 {

    private final JdbcTemplate jdbcTemplate = new JdbcTemplate(Db.dataSource());

    @GetMapping("/031")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String requested = queryParams.getOrDefault("q", "");
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(requested);
        valuesList.add("popular");
        valuesList.remove(0);
        String selected = valuesList.get(0);
        java.util.List<java.util.Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT * FROM products WHERE category = '" + selected + "'");
        return ResponseEntity.ok("done");
    }
}
