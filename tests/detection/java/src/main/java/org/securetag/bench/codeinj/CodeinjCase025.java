package org.securetag.bench.codeinj;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/025")
public class CodeinjCase025 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String userValue = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                userValue = filterValues[0];
            }
        }
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String chosen;
        switch (switchTarget) {
            case 'A':
                chosen = userValue;
                break;
            case 'B':
                chosen = "bob";
                break;
            case 'C':
            case 'D':
                chosen = userValue;
                break;
            default:
                chosen = "bob's your uncle";
                break;
        }
        try {
            ScriptEngine engine = new ScriptEngineManager().getEngineByExtension("js");
            StringBuilder script = new StringBuilder("function rule(order) { return ");
            script.append(chosen).append("; }");
            engine.eval(new StringReader(script.toString()));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
