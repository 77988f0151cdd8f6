package org.securetag.bench.redirect;

import java.io.IOException;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.InputValidators;

@WebServlet(value = "/redirect/012")
public class RedirectCase012 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    supplied = cookie.getValue();
                    break;
                }
            }
        }
        String choice = InputValidators.requireOneOf(supplied, Set.of("/home", "/account/overview"));
        try {
            response.sendRedirect(choice);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
