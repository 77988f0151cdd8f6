package org.securetag.bench.sqli;

import java.io.IOException;
import java.net.URLDecoder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;

@WebServlet(value = "/sqli/023")
public class SqliCase023 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = request.getHeader("X-Item-Ref");
        if (raw != null) {
            raw = URLDecoder.decode(raw, "UTF-8");
        }
        String cleaned = raw.substring(0, Math.min(raw.length(), 120)).trim();
        try {
            try (Connection connection = Db.getConnection();
                    Statement statement = connection.createStatement()) {
                String sql = "SELECT id, email FROM users WHERE name = '" + cleaned + "'";
                ResultSet rs = statement.executeQuery(sql);
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
