package org.securetag.bench.ssti;

import java.io.BufferedReader;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssti/039")
public class SstiCase039 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder payload = new StringBuilder();
        try (BufferedReader reader = request.getReader()) {
            String line;
            while ((line = reader.readLine()) != null) {
                payload.append(line);
            }
        }
        String userValue = payload.toString().trim();
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String chosen;
        switch (switchTarget) {
            case 'A':
                chosen = userValue;
                break;
            case 'B':
                chosen = "bob";
                break;
            case 'C':
            case 'D':
                chosen = userValue;
                break;
            default:
                chosen = "bob's your uncle";
                break;
        }
        try {
            org.apache.velocity.app.VelocityEngine engine = new org.apache.velocity.app.VelocityEngine();
            engine.init();
            org.apache.velocity.VelocityContext context = new org.apache.velocity.VelocityContext();
            context.put("customer", "guest");
            java.io.StringWriter out = new java.io.StringWriter();
            engine.evaluate(context, out, "mail", "Dear $customer,\n" + chosen);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
