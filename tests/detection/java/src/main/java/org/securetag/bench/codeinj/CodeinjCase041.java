package org.securetag.bench.codeinj;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/041")
public class CodeinjCase041 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = request.getParameter("q");
        String entry = "guest";
        if (incoming != null && !incoming.isEmpty()) {
            entry = incoming;
        }
        try {
            javax.script.ScriptEngineManager manager = new javax.script.ScriptEngineManager();
            javax.script.ScriptEngine engine = manager.getEngineByName("nashorn");
            javax.script.Bindings bindings = engine.createBindings();
            bindings.put("price", 100);
            Object discounted = engine.eval(String.format("price - (%s)", entry), bindings);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
