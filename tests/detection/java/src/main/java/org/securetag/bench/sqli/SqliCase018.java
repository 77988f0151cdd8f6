package org.securetag.bench.sqli;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet(value = "/sqli/018")
public class SqliCase018 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }
    private final JdbcTemplate jdbcTemplate = new JdbcTemplate(Db.dataSource());

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
        String userValue = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        String chosen = tidy(userValue);
        try {
            int changed = jdbcTemplate.update("UPDATE accounts SET nickname = ? WHERE id = 1", chosen);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
