package org.securetag.bench.helpers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Opens JDBC connections to the application database. */
public final class Db {

    private Db() {
    }

    public static Connection getConnection() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("APP_DB_URL"), System.getenv("APP_DB_USER"), System.getenv("APP_DB_PASSWORD"));
    }

    public static DataSource dataSource() {
        return new DriverManagerDataSource(
                System.getenv("APP_DB_URL"), System.getenv("APP_DB_USER"), System.getenv("APP_DB_PASSWORD"));
    }
}
