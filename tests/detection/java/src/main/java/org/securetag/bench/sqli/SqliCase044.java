package org.securetag.bench.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/sqli/044")
public class SqliCase044 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static String choose(String requested) {
        switch (requested) {
            case "second":
                return "staff";
            default:
                return "guest";
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = RequestValues.firstParameter(request, "item");
        String cleaned = choose(raw);
        try {
            try (Connection connection = Db.getConnection()) {
                Statement statement = connection.createStatement();
                int updated = statement.executeUpdate("UPDATE carts SET coupon = '" + cleaned + "' WHERE id = 7");
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
