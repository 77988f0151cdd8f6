package org.securetag.bench.xss;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/008")
public class XssCase008 extends HttpServlet {

    private static final long serialVersionUID = 1L;

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
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "Welcome");
        fields.put("keyB", input);
        String term = (String) fields.get("keyA");
        try {
            response.getWriter().printf(Locale.US, "<div class=\"note\">%s</div>", term);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
