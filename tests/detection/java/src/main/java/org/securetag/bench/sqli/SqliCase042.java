package org.securetag.bench.sqli;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/sqli/042")
public class SqliCase042 extends HttpServlet {

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
        String[] values = request.getParameterValues("tag");
        String param = values != null && values.length > 0 ? values[0] : "";
        String bar = tidy(param);
        try {
            java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();
            java.sql.PreparedStatement statement = connection.prepareStatement("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = ?");
            statement.setString(1, bar);
            statement.addBatch();
            statement.executeBatch();
            connection.close();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
