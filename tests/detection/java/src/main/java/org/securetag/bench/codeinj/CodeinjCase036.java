package org.securetag.bench.codeinj;

import java.io.IOException;
import java.util.Set;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.InputValidators;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/codeinj/036")
public class CodeinjCase036 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = RequestValues.firstParameter(request, "item");
        String term = InputValidators.requireOneOf(input, Set.of("2 * 21", "40 + 2"));
        try {
            ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
            Object result = engine.eval(term);
            request.setAttribute("result", result);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
