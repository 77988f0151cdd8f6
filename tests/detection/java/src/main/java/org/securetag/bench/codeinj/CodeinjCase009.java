package org.securetag.bench.codeinj;

import groovy.lang.GroovyShell;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/009")
public class CodeinjCase009 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = request.getParameter("q");
        this.lastSelection = raw;
        String cleaned = this.lastSelection;
        try {
            GroovyShell shell = new GroovyShell();
            Object result = shell.evaluate(cleaned);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
