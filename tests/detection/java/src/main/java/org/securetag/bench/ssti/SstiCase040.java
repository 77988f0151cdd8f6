package org.securetag.bench.ssti;

import java.io.IOException;
import java.io.StringWriter;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;

@WebServlet(value = "/ssti/040")
public class SstiCase040 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastRequested;
    private final String defaultSelection = "Welcome back to $siteName";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String supplied = values != null && values.length > 0 ? values[0] : "";
        this.lastRequested = supplied;
        String choice = this.defaultSelection;
        try {
            VelocityContext context = new VelocityContext();
            context.put("customer", "guest");
            StringWriter out = new StringWriter();
            Velocity.evaluate(context, out, "greeting", choice);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
