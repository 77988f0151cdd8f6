package org.securetag.bench.ssti;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Enumeration;
import java.util.logging.Logger;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;

@WebServlet(value = "/ssti/004")
public class SstiCase004 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            userValue = headers.nextElement();
        }
        String note = "requested: " + userValue;
        String chosen = "Welcome back to $siteName";
        Logger.getLogger("audit").fine("note length " + note.length());
        try {
            VelocityContext context = new VelocityContext();
            context.put("customer", "guest");
            StringWriter out = new StringWriter();
            Velocity.evaluate(context, out, "greeting", chosen);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
