package org.securetag.bench.codeinj;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/codeinj/004")
public class CodeinjCase004 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = RequestValues.firstParameter(request, "item");
        String chosen = userValue.trim();
        chosen = "2 * 21";
        try {
            javax.script.ScriptEngine engine = new javax.script.ScriptEngineManager().getEngineByExtension("js");
            StringBuilder script = new StringBuilder("function rule(order) { return ");
            script.append(chosen).append("; }");
            engine.eval(new java.io.StringReader(script.toString()));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
