package org.securetag.bench.ssti;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/ssti/037")
public class SstiCase037 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = RequestValues.firstParameter(request, "item");
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", raw);
        String cleaned = settings.getProperty("selection");
        try {
            VelocityContext context = new VelocityContext();
            context.put("customer", "guest");
            StringWriter out = new StringWriter();
            Velocity.evaluate(context, out, "greeting", cleaned);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
