package org.securetag.bench.secrets;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase028 {

    public HikariDataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://reports.internal:5432/reports");
        config.setUsername("reporter");
        config.setPassword(System.getenv("REPORTS_DB_PASSWORD"));
        return new HikariDataSource(config);
    }
}
