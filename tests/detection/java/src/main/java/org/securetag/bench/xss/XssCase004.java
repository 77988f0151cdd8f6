package org.securetag.bench.xss;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/004")
public class XssCase004 extends HttpServlet {

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
        String userValue = payload.toString().trim();
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("Welcome");
        valuesList.add(userValue);
        valuesList.add("Guest");
        valuesList.remove(0);
        String chosen = valuesList.get(1);
        try {
            response.getWriter().print("<p>Hello " + chosen + "</p>");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
