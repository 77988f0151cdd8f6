package org.securetag.bench.ssti;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssti/023")
public class SstiCase023 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String raw = values != null && values.length > 0 ? values[0] : "";
        this.lastSelection = raw;
        String cleaned = this.lastSelection;
        try {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
            Map<String, Object> model = new HashMap<String, Object>();
            model.put("siteName", "Example Store");
            StringWriter out = new StringWriter();
            String source = String.format("<p>Hello ${siteName}</p><p>%s</p>", cleaned);
            Template template = new Template("banner", source, cfg);
            template.process(model, out);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
