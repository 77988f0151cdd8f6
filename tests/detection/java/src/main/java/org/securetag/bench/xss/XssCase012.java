package org.securetag.bench.xss;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/012")
public class XssCase012 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = request.getHeader("X-Item-Ref");
        if (supplied != null) {
            supplied = URLDecoder.decode(supplied, "UTF-8");
        }
        Properties settings = new Properties();
        settings.setProperty("default", "Welcome");
        settings.setProperty("requested", supplied);
        String choice = settings.getProperty("default");
        try {
            StringBuilder html = new StringBuilder("<ul>");
            html.append("<li>").append(choice).append("</li></ul>");
            response.getWriter().write(html.toString());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
