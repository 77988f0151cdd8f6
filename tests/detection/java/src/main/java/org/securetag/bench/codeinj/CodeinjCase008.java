package org.securetag.bench.codeinj;

import java.io.IOException;
import java.util.logging.Logger;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/008")
public class CodeinjCase008 extends HttpServlet {

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
        String note = "requested: " + input;
        String term = "2 * 21";
        Logger.getLogger("audit").fine("note length " + note.length());
        try {
            ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
            Object result = engine.eval(term);
            request.setAttribute("result", result);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
