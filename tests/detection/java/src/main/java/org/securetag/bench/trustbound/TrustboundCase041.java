package org.securetag.bench.trustbound;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/trustbound/041")
public class TrustboundCase041 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String incoming = values != null && values.length > 0 ? values[0] : "";
        StringBuilder assembled = new StringBuilder();
        assembled.append(incoming.trim());
        String entry = assembled.toString();
        try {
            request.getSession().setAttribute("userRole", entry);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
