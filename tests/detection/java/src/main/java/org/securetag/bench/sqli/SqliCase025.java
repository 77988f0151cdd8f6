package org.securetag.bench.sqli;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/sqli/025")
public class SqliCase025 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    userValue = cookie.getValue();
                    break;
                }
            }
        }
        this.lastSelection = userValue;
        String chosen = this.lastSelection;
        try {
            java.sql.Connection connection = org.securetag.bench.helpers.Db.getConnection();
            java.sql.Statement statement = connection.createStatement();
            statement.execute(String.format("DELETE FROM saved_searches WHERE label = '%s'", chosen));
            statement.close();
            connection.close();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
