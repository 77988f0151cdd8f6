package org.securetag.bench.xss;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/019")
public class XssCase019 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = request.getHeader("X-Item-Ref");
        if (supplied != null) {
            supplied = URLDecoder.decode(supplied, "UTF-8");
        }
        String choice = Optional.ofNullable(supplied).map(String::trim).orElse("");
        try {
            PrintWriter out = response.getWriter();
            out.format("<h1>Results for %s</h1>", choice);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
