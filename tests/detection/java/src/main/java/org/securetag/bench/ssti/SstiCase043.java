package org.securetag.bench.ssti;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssti/043")
public class SstiCase043 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    input = cookie.getValue();
                    break;
                }
            }
        }
        StringBuilder assembled = new StringBuilder();
        assembled.append(input.trim());
        String term = assembled.toString();
        try {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
            Map<String, Object> model = new HashMap<String, Object>();
            model.put("siteName", "Example Store");
            StringWriter out = new StringWriter();
            StringTemplateLoader loader = new StringTemplateLoader();
            loader.putTemplate("page", "<h1>" + term + "</h1>");
            cfg.setTemplateLoader(loader);
            cfg.getTemplate("page").process(model, out);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
