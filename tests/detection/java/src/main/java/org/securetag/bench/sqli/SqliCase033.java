package org.securetag.bench.sqli;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet(value = "/sqli/033")
public class SqliCase033 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final JdbcTemplate jdbcTemplate = new JdbcTemplate(Db.dataSource());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = request.getParameter("q");
        String choice = TextUtils.collapseWhitespace(supplied);
        try {
            StringBuilder sql = new StringBuilder("UPDATE accounts SET nickname = '");
            sql.append(choice).append("' WHERE id = 1");
            int changed = jdbcTemplate.update(sql.toString());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
