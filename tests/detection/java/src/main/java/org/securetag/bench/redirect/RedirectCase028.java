package org.securetag.bench.redirect;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/redirect/028")
public class RedirectCase028 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            param = headers.nextElement();
        }
        int num = 86;
        String bar = (7 * 42) - num > 200 ? "/home" : param;
        try {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", bar);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
