package org.securetag.bench.ssti;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssti/008")
public class SstiCase008 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String input = values != null && values.length > 0 ? values[0] : "";
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("Welcome back to $siteName");
        valuesList.add(input);
        valuesList.add("Your order has shipped");
        valuesList.remove(0);
        String term = valuesList.get(1);
        try {
            freemarker.template.Configuration cfg = new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_31);
            java.util.Map<String, Object> model = new java.util.HashMap<String, Object>();
            model.put("siteName", "Example Store");
            java.io.StringWriter out = new java.io.StringWriter();
            freemarker.template.Template template = new freemarker.template.Template("inline", new java.io.StringReader(term), cfg);
            template.process(model, out);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
