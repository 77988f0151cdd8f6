package org.securetag.bench.xss;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/xss/023")
public class XssCase023 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String raw = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                raw = filterValues[0];
            }
        }
        String cleaned = TextUtils.collapseWhitespace(raw);
        try {
            response.getWriter().write(cleaned.toCharArray(), 0, cleaned.length());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
