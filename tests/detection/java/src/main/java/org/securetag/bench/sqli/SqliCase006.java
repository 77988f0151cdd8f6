package org.securetag.bench.sqli;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet(value = "/sqli/006")
public class SqliCase006 extends HttpServlet {

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
        String incoming = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            incoming = headers.nextElement();
        }
        String entry = tidy(incoming);
        try {
            java.util.List<java.util.Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT * FROM products WHERE category = ?", entry);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
