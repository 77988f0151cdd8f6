package org.securetag.bench.redirect;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/redirect/027")
public class RedirectCase027 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = request.getParameter("q");
        StringBuilder assembled = new StringBuilder();
        assembled.append(incoming.trim());
        String entry = assembled.toString();
        try {
            response.setStatus(301);
            response.addHeader("Location", entry);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
