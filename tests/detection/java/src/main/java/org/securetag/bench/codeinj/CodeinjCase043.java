package org.securetag.bench.codeinj;

import java.io.IOException;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/043")
public class CodeinjCase043 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    input = cookie.getValue();
                    break;
                }
            }
        }
        String term = input.substring(0, Math.min(input.length(), 120)).trim();
        try {
            ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
            Object result = engine.eval(term);
            request.setAttribute("result", result);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
