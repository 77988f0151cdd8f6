package org.securetag.bench.ssti;

import freemarker.template.Configuration;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.AppConfig;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/ssti/042")
public class SstiCase042 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = RequestValues.firstParameter(request, "item");
        AppConfig config = new AppConfig();
        config.set("lookup", param);
        String bar = config.getOrDefault("lookup", "");
        try {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
            Map<String, Object> model = new HashMap<String, Object>();
            model.put("siteName", "Example Store");
            StringWriter out = new StringWriter();
            cfg.setClassForTemplateLoading(getClass(), "/templates");
            model.put("name", bar);
            cfg.getTemplate("welcome.ftl").process(model, out);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
