package org.securetag.bench.ssti;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

@WebServlet(value = "/ssti/010")
public class SstiCase010 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = RequestValues.firstParameter(request, "item");
        try {
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(new ClassLoaderTemplateResolver());
            Context context = new Context();
            context.setVariable("name", requested);
            String html = engine.process("templates/profile.html", context);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
