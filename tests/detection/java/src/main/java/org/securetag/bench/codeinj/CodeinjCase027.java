package org.securetag.bench.codeinj;

import java.io.IOException;
import java.util.Locale;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/codeinj/027")
public class CodeinjCase027 extends HttpServlet {

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
        String incoming = RequestValues.firstParameter(request, "item");
        String entry = normalizeCase(incoming);
        try {
            ScriptEngineManager manager = new ScriptEngineManager();
            ScriptEngine engine = manager.getEngineByName("nashorn");
            Bindings bindings = engine.createBindings();
            bindings.put("price", 100);
            Object discounted = engine.eval(String.format("price - (%s)", entry), bindings);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
