package org.securetag.bench.ssti;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssti/027")
public class SstiCase027 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            incoming = headers.nextElement();
        }
        String entry = Optional.ofNullable(incoming).map(String::trim).orElse("");
        try {
            org.apache.velocity.app.VelocityEngine engine = new org.apache.velocity.app.VelocityEngine();
            engine.init();
            org.apache.velocity.VelocityContext context = new org.apache.velocity.VelocityContext();
            context.put("customer", "guest");
            java.io.StringWriter out = new java.io.StringWriter();
            engine.evaluate(context, out, "mail", "Dear $customer,\n" + entry);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
