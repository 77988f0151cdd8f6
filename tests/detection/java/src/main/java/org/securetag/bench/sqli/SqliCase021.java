package org.securetag.bench.sqli;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;

@WebServlet(value = "/sqli/021")
public class SqliCase021 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder payload = new StringBuilder();
        try (BufferedReader reader = request.getReader()) {
            String line;
            while ((line = reader.readLine()) != null) {
                payload.append(line);
            }
        }
        String param = payload.toString().trim();
        String bar = "guest";
        if (param != null && !param.isEmpty()) {
            bar = param;
        }
        try {
            try (Connection connection = Db.getConnection()) {
                Statement statement = connection.createStatement();
                int updated = statement.executeUpdate("UPDATE carts SET coupon = '" + bar + "' WHERE id = 7");
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
