package org.securetag.bench.codeinj;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/codeinj/017")
public class CodeinjCase017 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            requested = headers.nextElement();
        }
        String selected = TextUtils.collapseWhitespace(requested);
        try {
            javax.script.ScriptEngine engine = new javax.script.ScriptEngineManager().getEngineByName("javascript");
            Object result = engine.eval("var total = " + selected + "; total * 1.2;");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
