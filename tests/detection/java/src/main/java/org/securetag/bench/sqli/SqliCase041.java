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

@WebServlet(value = "/sqli/041")
public class SqliCase041 extends HttpServlet {

    private static final long serialVersionUID = 1L;

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
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String entry;
        switch (switchTarget) {
            case 'A':
                entry = incoming;
                break;
            case 'B':
                entry = "bob";
                break;
            case 'C':
            case 'D':
                entry = incoming;
                break;
            default:
                entry = "bob's your uncle";
                break;
        }
        try {
            Integer total = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM tickets WHERE assignee = '" + entry + "'", Integer.class);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
