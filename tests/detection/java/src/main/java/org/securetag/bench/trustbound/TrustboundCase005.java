package org.securetag.bench.trustbound;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/trustbound/005")
public class TrustboundCase005 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = request.getParameter("q");
        StringBuilder assembled = new StringBuilder();
        assembled.append(supplied.trim());
        String choice = assembled.toString();
        try {
            request.getSession().setAttribute(choice, "10340");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
