package org.securetag.bench.ssti;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.HashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssti/015")
public class SstiCase015 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String queryString = request.getQueryString();
        String marker = "key=";
        int start = queryString == null ? -1 : queryString.indexOf(marker);
        if (start < 0) {
            response.sendError(400, "missing key");
            return;
        }
        start += marker.length();
        int end = queryString.indexOf('&', start);
        String input = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", input);
        String term = (String) fields.get("keyB");
        try {
            org.apache.velocity.app.VelocityEngine engine = new org.apache.velocity.app.VelocityEngine();
            engine.init();
            org.apache.velocity.VelocityContext context = new org.apache.velocity.VelocityContext();
            context.put("customer", "guest");
            java.io.StringWriter out = new java.io.StringWriter();
            engine.evaluate(context, out, "mail", "Dear $customer,\n" + term);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
