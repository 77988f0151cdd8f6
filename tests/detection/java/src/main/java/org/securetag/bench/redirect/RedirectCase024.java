package org.securetag.bench.redirect;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/redirect/024")
public class RedirectCase024 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = request.getHeader("X-Item-Ref");
        if (requested != null) {
            requested = URLDecoder.decode(requested, "UTF-8");
        }
        int orderId = Integer.parseInt(requested);
        String selected = "/orders/" + orderId;
        try {
            response.setStatus(301);
            response.addHeader("Location", selected);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
