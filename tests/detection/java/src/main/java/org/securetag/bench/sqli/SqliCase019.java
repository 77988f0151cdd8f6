package org.securetag.bench.sqli;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;
import org.securetag.bench.helpers.RequestValues;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet(value = "/sqli/019")
public class SqliCase019 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final JdbcTemplate jdbcTemplate = new JdbcTemplate(Db.dataSource());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = RequestValues.firstParameter(request, "item");
        int num = 106;
        String choice = (7 * 42) - num > 200 ? "featured" : supplied;
        try {
            Integer total = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM tickets WHERE assignee = '" + choice + "'", Integer.class);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
