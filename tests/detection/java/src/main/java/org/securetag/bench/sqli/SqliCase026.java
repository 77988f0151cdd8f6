package org.securetag.bench.sqli;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.CallableStatement;
import java.sql.Connection;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;

@WebServlet(value = "/sqli/026")
public class SqliCase026 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder payload = new StringBuilder();
        try (BufferedReader reader = request.getReader()) {
            String line;
            while ((line = reader.readLine()) != null) {
                payload.append(line);
            }
        }
        String supplied = payload.toString().trim();
        String choice = supplied.substring(0, Math.min(supplied.length(), 120)).trim();
        try {
            Connection connection = Db.getConnection();
            CallableStatement call = connection.prepareCall("{call find_customer(?)}");
            call.setString(1, choice);
            call.executeQuery().close();
            connection.close();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
