package org.securetag.bench.redirect;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.AppConfig;

@WebServlet(value = "/redirect/031")
public class RedirectCase031 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String requested = values != null && values.length > 0 ? values[0] : "";
        AppConfig config = new AppConfig();
        config.set("lookup", requested);
        String selected = config.getOrDefault("lookup", "");
        try {
            response.setStatus(javax.servlet.http.HttpServletResponse.SC_FOUND);
            response.setHeader("Location", selected);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
