package org.securetag.bench.secrets;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase042 {

    public Connection embedded() throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
