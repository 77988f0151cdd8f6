package org.securetag.bench.codeinj;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.Properties;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/026")
public class CodeinjCase026 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = request.getHeader("X-Item-Ref");
        if (supplied != null) {
            supplied = URLDecoder.decode(supplied, "UTF-8");
        }
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", supplied);
        String choice = settings.getProperty("selection");
        try {
            ScriptEngineManager manager = new ScriptEngineManager();
            ScriptEngine engine = manager.getEngineByName("nashorn");
            Bindings bindings = engine.createBindings();
            bindings.put("amount", choice);
            Object total = engine.eval("parseFloat(amount) * 1.2", bindings);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
