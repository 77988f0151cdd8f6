package org.securetag.bench.redirect;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/redirect/039")
public class RedirectCase039 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = request.getHeader("X-Item-Ref");
        if (userValue != null) {
            userValue = URLDecoder.decode(userValue, "UTF-8");
        }
        String chosen = "guest";
        if (userValue != null && !userValue.isEmpty()) {
            chosen = userValue;
        }
        try {
            response.addHeader("Refresh", "0; url=" + chosen);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
