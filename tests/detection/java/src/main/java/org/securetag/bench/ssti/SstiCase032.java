package org.securetag.bench.ssti;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.InputValidators;

@WebServlet(value = "/ssti/032")
public class SstiCase032 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = request.getHeader("X-Item-Ref");
        if (userValue != null) {
            userValue = URLDecoder.decode(userValue, "UTF-8");
        }
        String chosen = InputValidators.requireOneOf(userValue, Set.of("Welcome back to $siteName", "Your order has shipped"));
        try {
            freemarker.template.Configuration cfg = new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_31);
            java.util.Map<String, Object> model = new java.util.HashMap<String, Object>();
            model.put("siteName", "Example Store");
            java.io.StringWriter out = new java.io.StringWriter();
            freemarker.template.Template template = new freemarker.template.Template("inline", new java.io.StringReader(chosen), cfg);
            template.process(model, out);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
