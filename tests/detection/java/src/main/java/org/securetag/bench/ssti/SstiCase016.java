package org.securetag.bench.ssti;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;

@WebServlet(value = "/ssti/016")
public class SstiCase016 extends HttpServlet {

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
        String raw = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        Properties settings = new Properties();
        settings.setProperty("default", "Welcome back to $siteName");
        settings.setProperty("requested", raw);
        String cleaned = settings.getProperty("default");
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
