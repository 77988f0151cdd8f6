package org.securetag.bench.sqli;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/sqli/030")
public class SqliCase030 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String raw = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                raw = filterValues[0];
            }
        }
        String cleaned = tidy(raw);
        try {
            try (java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();
                    java.sql.PreparedStatement statement = connection.prepareStatement("SELECT id, email FROM users WHERE name = ?")) {
                statement.setString(1, cleaned);
                java.sql.ResultSet rs = statement.executeQuery();
                rs.close();
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
