package org.securetag.bench.codeinj;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/codeinj/034")
public class CodeinjCase034 extends HttpServlet {

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
        String entry = TextUtils.firstNonEmpty(incoming, "all");
        try {
            javax.script.ScriptEngine engine = new javax.script.ScriptEngineManager().getEngineByName("javascript");
            engine.put("input", entry);
            Object result = engine.eval("input.trim().length");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
