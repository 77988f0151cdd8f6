package org.securetag.bench.ssti;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssti/003")
public class SstiCase003 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String requested = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                requested = filterValues[0];
            }
        }
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String selected;
        switch (switchTarget) {
            case 'A':
                selected = requested;
                break;
            case 'B':
                selected = "bob";
                break;
            case 'C':
            case 'D':
                selected = requested;
                break;
            default:
                selected = "bob's your uncle";
                break;
        }
        try {
            org.apache.velocity.app.VelocityEngine engine = new org.apache.velocity.app.VelocityEngine();
            engine.init();
            org.apache.velocity.VelocityContext context = new org.apache.velocity.VelocityContext();
            context.put("customer", "guest");
            java.io.StringWriter out = new java.io.StringWriter();
            engine.evaluate(context, out, "mail", "Dear $customer,\n" + selected);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
