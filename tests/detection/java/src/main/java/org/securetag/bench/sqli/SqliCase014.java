package org.securetag.bench.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;

@WebServlet(value = "/sqli/014")
public class SqliCase014 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = request.getParameter("q");
        String bar = param.substring(0, Math.min(param.length(), 120)).trim();
        try {
            Connection connection = Db.getConnection();
            PreparedStatement statement = connection.prepareStatement("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = ?");
            statement.setString(1, bar);
            statement.addBatch();
            statement.executeBatch();
            connection.close();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
