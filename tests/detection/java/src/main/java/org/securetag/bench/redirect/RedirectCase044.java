package org.securetag.bench.redirect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/redirect/044")
public class RedirectCase044 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    raw = cookie.getValue();
                    break;
                }
            }
        }
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("/home");
        valuesList.add(raw);
        valuesList.add("/account/overview");
        valuesList.remove(0);
        String cleaned = valuesList.get(1);
        try {
            response.sendRedirect(cleaned + "?welcome=1");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
