package org.securetag.bench.secrets;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase003 {

    private static final String JDBC_URL = "jdbc:mysql://db.internal:3306/shop?user=shop&password=s3cr3tP4ssw0rd!";

    public Connection open() throws SQLException {
        return DriverManager.getConnection(JDBC_URL);
    }
}
