package org.securetag.bench.redirect;

import java.io.IOException;
import java.net.URI;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/redirect/002")
public class RedirectCase002 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = RequestValues.firstParameter(request, "item");
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
            URI uri = URI.create(cleaned);
            String destination = uri.getScheme() == null && uri.getHost() == null && cleaned.startsWith("/") && !cleaned.startsWith("//") ? uri.getPath() : "/";
            response.sendRedirect(destination);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
