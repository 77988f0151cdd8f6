package org.securetag.bench.codeinj;

import java.io.IOException;
import java.util.Properties;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/002")
public class CodeinjCase002 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String raw = values != null && values.length > 0 ? values[0] : "";
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", raw);
        String cleaned = settings.getProperty("selection");
        try {
            ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
            engine.put("input", cleaned);
            Object result = engine.eval("input.trim().length");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
