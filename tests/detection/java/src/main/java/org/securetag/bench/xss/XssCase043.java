package org.securetag.bench.xss;

import java.io.IOException;
import java.util.HashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/043")
public class XssCase043 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String input = values != null && values.length > 0 ? values[0] : "";
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", input);
        String term = (String) fields.get("keyB");
        try {
            response.getWriter().println("<a href=\"/search\">Back to " + term + "</a>");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
