package org.securetag.bench.sqli;

import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet(value = "/sqli/009")
public class SqliCase009 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final JdbcTemplate jdbcTemplate = new JdbcTemplate(Db.dataSource());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            raw = headers.nextElement();
        }
        StringBuilder assembled = new StringBuilder();
        assembled.append(raw.trim());
        String cleaned = assembled.toString();
        try {
            List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT * FROM products WHERE category = '" + cleaned + "'");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
