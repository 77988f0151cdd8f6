package org.securetag.bench.ssti;

import freemarker.template.Configuration;
import freemarker.template.Template;
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
import org.securetag.bench.helpers.AppConfig;

@WebServlet(value = "/ssti/011")
public class SstiCase011 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    userValue = cookie.getValue();
                    break;
                }
            }
        }
        AppConfig config = new AppConfig();
        config.set("lookup", userValue);
        String chosen = config.getOrDefault("lookup", "");
        try {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
            Map<String, Object> model = new HashMap<String, Object>();
            model.put("siteName", "Example Store");
            StringWriter out = new StringWriter();
            String source = String.format("<p>Hello ${siteName}</p><p>%s</p>", chosen);
            Template template = new Template("banner", source, cfg);
            template.process(model, out);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
