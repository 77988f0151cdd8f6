package org.securetag.bench.codeinj;

import java.io.IOException;
import java.util.Optional;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/013")
public class CodeinjCase013 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String incoming = values != null && values.length > 0 ? values[0] : "";
        String entry = Optional.ofNullable(incoming).map(String::trim).orElse("");
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
