package org.securetag.bench.xss;

import java.io.BufferedReader;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/036")
public class XssCase036 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastRequested;
    private final String defaultSelection = "Welcome";

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
        String input = payload.toString().trim();
        this.lastRequested = input;
        String term = this.defaultSelection;
        try {
            response.getWriter().print("<p>Hello " + term + "</p>");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
