package org.securetag.bench.secrets;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase001 {

    public Connection open() throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://db.internal:5432/app", "app_user", "Tr0ub4dor&3-horse");
    }
}
