package org.securetag.bench.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/011")
public class XssCase011 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String userValue = values != null && values.length > 0 ? values[0] : "";
        String chosen = "guest";
        if (userValue != null && !userValue.isEmpty()) {
            chosen = userValue;
        }
        try {
            response.getWriter().println("<a href=\"/search\">Back to " + chosen + "</a>");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
