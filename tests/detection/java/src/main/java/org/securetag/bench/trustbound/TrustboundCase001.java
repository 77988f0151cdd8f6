package org.securetag.bench.trustbound;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/trustbound/001")
public class TrustboundCase001 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String queryString = request.getQueryString();
        String marker = "key=";
        int start = queryString == null ? -1 : queryString.indexOf(marker);
        if (start < 0) {
            response.sendError(400, "missing key");
            return;
        }
        start += marker.length();
        int end = queryString.indexOf('&', start);
        String input = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String term;
        switch (switchTarget) {
            case 'A':
                term = input;
                break;
            case 'B':
                term = "bob";
                break;
            case 'C':
            case 'D':
                term = input;
                break;
            default:
                term = "bob's your uncle";
                break;
        }
        try {
            request.getSession().setAttribute("userRole", term);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
