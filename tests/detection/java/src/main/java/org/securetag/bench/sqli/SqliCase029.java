package org.securetag.bench.sqli;

import java.io.IOException;
import java.net.URLDecoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;

@WebServlet(value = "/sqli/029")
public class SqliCase029 extends HttpServlet {

    private static final long serialVersionUID = 1L;

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
        String input = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        String term = Optional.ofNullable(input).map(String::trim).orElse("");
        try {
            Connection connection = Db.getConnection();
            PreparedStatement statement = connection.prepareStatement("SELECT * FROM orders WHERE status = '" + term + "' AND owner = ?");
            statement.setString(1, "system");
            ResultSet rs = statement.executeQuery();
            rs.close();
            connection.close();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
