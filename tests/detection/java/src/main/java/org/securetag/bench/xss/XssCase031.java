package org.securetag.bench.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/031")
public class XssCase031 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    requested = cookie.getValue();
                    break;
                }
            }
        }
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String selected;
        switch (switchTarget) {
            case 'A':
                selected = requested;
                break;
            case 'B':
                selected = "bob";
                break;
            case 'C':
            case 'D':
                selected = requested;
                break;
            default:
                selected = "bob's your uncle";
                break;
        }
        try {
            ServletOutputStream out = response.getOutputStream();
            out.print("<title>" + selected + "</title>");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
