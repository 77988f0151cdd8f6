package org.securetag.bench.ssti;

import java.io.IOException;
import java.util.HashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

@WebServlet(value = "/ssti/012")
public class SstiCase012 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = request.getParameter("q");
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "Welcome back to $siteName");
        fields.put("keyB", supplied);
        String choice = (String) fields.get("keyA");
        try {
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(new StringTemplateResolver());
            String html = engine.process(choice, new Context());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
