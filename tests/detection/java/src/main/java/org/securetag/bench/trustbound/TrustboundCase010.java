package org.securetag.bench.trustbound;

import java.io.IOException;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/trustbound/010")
public class TrustboundCase010 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = request.getParameter("q");
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", requested);
        String selected = settings.getProperty("selection");
        try {
            java.util.Set<String> plans = java.util.Set.of("standard", "premium", "enterprise");
            if (!plans.contains(selected)) {
                throw new IllegalArgumentException("unknown plan");
            }
            request.getSession().setAttribute("plan", selected);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
