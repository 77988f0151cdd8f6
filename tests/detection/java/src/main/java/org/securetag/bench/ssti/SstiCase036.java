package org.securetag.bench.ssti;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

@WebServlet(value = "/ssti/036")
public class SstiCase036 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            input = headers.nextElement();
        }
        Map<String, String> choices = Map.of("first", "Welcome back to $siteName", "second", "Your order has shipped");
        String term = choices.getOrDefault(input, "Welcome back to $siteName");
        try {
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(new StringTemplateResolver());
            String html = engine.process(term, new Context());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
