package org.securetag.bench.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;

@WebServlet("/products/find")
public class SqliCase046 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        String brand = request.getParameter("brand");
        if (brand != null && !brand.isBlank()) {
            conditions.add("brand = ?");
            arguments.add(brand);
        }
        String maxPrice = request.getParameter("maxPrice");
        if (maxPrice != null) {
            conditions.add("price <= ?");
            arguments.add(Double.parseDouble(maxPrice));
        }
        StringBuilder sql = new StringBuilder("SELECT id, name, price FROM products");
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        try (Connection connection = Db.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < arguments.size(); i++) {
                statement.setObject(i + 1, arguments.get(i));
            }
            ResultSet rs = statement.executeQuery();
            int count = 0;
            while (rs.next()) {
                count++;
            }
            response.setContentType("application/json");
            response.getWriter().print("{\"count\": " + count + "}");
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
