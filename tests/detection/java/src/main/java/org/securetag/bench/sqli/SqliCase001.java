package org.securetag.bench.sqli;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/sqli/001")
public class SqliCase001 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = request.getParameter("q");
        try {
            try (java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();
                    java.sql.Statement statement = connection.createStatement()) {
                String sql = "SELECT id, email FROM users WHERE name = '" + input + "'";
                java.sql.ResultSet rs = statement.executeQuery(sql);
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                request.setAttribute("rows", rows);
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
