package org.securetag.bench.trustbound;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/trustbound/026")
public class TrustboundCase026 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String supplied = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                supplied = filterValues[0];
            }
        }
        String choice = String.join(" ", supplied.trim().split("\\s+"));
        try {
            Set<String> plans = Set.of("standard", "premium", "enterprise");
            if (!plans.contains(choice)) {
                throw new IllegalArgumentException("unknown plan");
            }
            request.getSession().setAttribute("plan", choice);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
