package org.securetag.bench.redirect;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/redirect/003")
public class RedirectCase003 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            requested = headers.nextElement();
        }
        String selected = "guest";
        if (requested != null && !requested.isEmpty()) {
            selected = requested;
        }
        try {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", selected);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
