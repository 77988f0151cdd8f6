package org.securetag.bench.xss;

import java.io.IOException;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/xss/025")
public class XssCase025 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = RequestValues.firstParameter(request, "item");
        String chosen = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(userValue.getBytes())));
        try {
            StringBuilder html = new StringBuilder("<ul>");
            html.append("<li>").append(chosen).append("</li></ul>");
            response.getWriter().write(html.toString());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
