package org.securetag.bench.ssti;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/ssti/005")
public class SstiCase005 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = RequestValues.firstParameter(request, "item");
        String choice = normalizeCase(supplied);
        try {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
            Map<String, Object> model = new HashMap<String, Object>();
            model.put("siteName", "Example Store");
            StringWriter out = new StringWriter();
            Template template = new Template("inline", new StringReader(choice), cfg);
            template.process(model, out);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
