package org.securetag.bench.codeinj;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import java.io.IOException;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/014")
public class CodeinjCase014 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    param = cookie.getValue();
                    break;
                }
            }
        }
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", param);
        String bar = settings.getProperty("selection");
        try {
            Binding binding = new Binding();
            binding.setVariable("label", bar);
            Object result = new GroovyShell(binding).evaluate("label.toUpperCase()");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
