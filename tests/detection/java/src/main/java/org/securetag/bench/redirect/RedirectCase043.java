package org.securetag.bench.redirect;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/redirect/043")
public class RedirectCase043 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String input = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                input = filterValues[0];
            }
        }
        this.lastSelection = input;
        String term = this.lastSelection;
        try {
            response.sendRedirect(term);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
