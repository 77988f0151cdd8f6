package org.securetag.bench.ssti;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;

@WebServlet(value = "/ssti/028")
public class SstiCase028 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String param = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                param = filterValues[0];
            }
        }
        Set<String> allowed = Set.of("Welcome back to $siteName", "Your order has shipped");
        String bar = allowed.contains(param) ? param : "Welcome back to $siteName";
        try {
            VelocityContext context = new VelocityContext();
            context.put("customer", "guest");
            StringWriter out = new StringWriter();
            Velocity.evaluate(context, out, "greeting", bar);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
