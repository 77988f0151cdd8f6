package org.securetag.bench.trustbound;

import java.io.IOException;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/trustbound/037")
public class TrustboundCase037 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = request.getParameter("q");
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String cleaned;
        switch (switchTarget) {
            case 'A':
                cleaned = raw;
                break;
            case 'B':
                cleaned = "bob";
                break;
            case 'C':
            case 'D':
                cleaned = raw;
                break;
            default:
                cleaned = "bob's your uncle";
                break;
        }
        try {
            request.getSession().setAttribute("recentFilters", List.of(cleaned, "all"));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
