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

@WebServlet(value = "/sqli/005")
public class SqliCase005 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String supplied = values != null && values.length > 0 ? values[0] : "";
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String choice;
        switch (switchTarget) {
            case 'A':
                choice = supplied;
                break;
            case 'B':
                choice = "bob";
                break;
            case 'C':
            case 'D':
                choice = supplied;
                break;
            default:
                choice = "bob's your uncle";
                break;
        }
        try {
            try (Connection connection = Db.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.addBatch("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = '" + choice + "'");
                statement.addBatch("INSERT INTO audit_log(event) VALUES ('login')");
                statement.executeBatch();
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
