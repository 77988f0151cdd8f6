package org.securetag.bench.xss;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.InputValidators;

@WebServlet(value = "/xss/044")
public class XssCase044 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = request.getHeader("X-Item-Ref");
        if (raw != null) {
            raw = URLDecoder.decode(raw, "UTF-8");
        }
        String cleaned = InputValidators.requireIdentifier(raw);
        try {
            StringBuilder html = new StringBuilder("<ul>");
            html.append("<li>").append(cleaned).append("</li></ul>");
            response.getWriter().write(html.toString());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
