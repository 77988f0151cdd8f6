package org.securetag.bench.codeinj;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/030")
public class CodeinjCase030 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            raw = headers.nextElement();
        }
        String cleaned = String.join(" ", raw.trim().split("\\s+"));
        try {
            Binding binding = new Binding();
            binding.setVariable("label", cleaned);
            Object result = new GroovyShell(binding).evaluate("label.toUpperCase()");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
