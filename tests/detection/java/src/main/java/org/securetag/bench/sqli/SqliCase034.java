package org.securetag.bench.sqli;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet(value = "/sqli/034")
public class SqliCase034 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final JdbcTemplate jdbcTemplate = new JdbcTemplate(Db.dataSource());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = request.getHeader("X-Item-Ref");
        if (incoming != null) {
            incoming = URLDecoder.decode(incoming, "UTF-8");
        }
        String entry = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(incoming.getBytes())));
        try {
            List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT * FROM products WHERE category = ?", entry);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
