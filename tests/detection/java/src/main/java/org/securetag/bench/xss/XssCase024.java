package org.securetag.bench.xss;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/024")
public class XssCase024 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = request.getParameter("q");
        Set<String> allowed = Set.of("Welcome", "Guest");
        String selected = allowed.contains(requested) ? requested : "Welcome";
        try {
            response.getWriter().printf(Locale.US, "<div class=\"note\">%s</div>", selected);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
