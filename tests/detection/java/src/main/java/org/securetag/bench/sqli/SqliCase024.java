package org.securetag.bench.sqli;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/sqli/024")
public class SqliCase024 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String queryString = request.getQueryString();
        String marker = "key=";
        int start = queryString == null ? -1 : queryString.indexOf(marker);
        if (start < 0) {
            response.sendError(400, "missing key");
            return;
        }
        start += marker.length();
        int end = queryString.indexOf('&', start);
        String requested = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        String selected = requested.trim();
        selected = "guest";
        try {
            try (java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();
                    java.sql.Statement statement = connection.createStatement()) {
                String sql = "SELECT id, email FROM users WHERE name = '" + selected + "'";
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
