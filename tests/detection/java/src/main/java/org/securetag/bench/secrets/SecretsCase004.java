package org.securetag.bench.secrets;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase004 {

    @Value("${shop.datasource.password}")
    private String password;

    public Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://db.internal:3306/shop", "shop", password);
    }
}
