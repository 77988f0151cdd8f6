package org.securetag.bench.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.AppConfig;

@WebServlet(value = "/xss/039")
public class XssCase039 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = request.getParameter("q");
        AppConfig config = new AppConfig();
        config.set("lookup", userValue);
        String chosen = config.getOrDefault("lookup", "");
        try {
            response.getWriter().write(chosen.toCharArray(), 0, chosen.length());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
