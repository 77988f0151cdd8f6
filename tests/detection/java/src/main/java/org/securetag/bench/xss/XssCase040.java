package org.securetag.bench.xss;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/040")
public class XssCase040 extends HttpServlet {

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
        int number = Integer.parseInt(supplied.trim());
        String choice = String.valueOf(number);
        try {
            response.getWriter().printf(java.util.Locale.US, "<div class=\"note\">%s</div>", choice);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
