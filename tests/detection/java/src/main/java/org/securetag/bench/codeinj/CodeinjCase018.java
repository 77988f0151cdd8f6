package org.securetag.bench.codeinj;

import java.io.BufferedReader;
import java.io.IOException;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/018")
public class CodeinjCase018 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder payload = new StringBuilder();
        try (BufferedReader reader = request.getReader()) {
            String line;
            while ((line = reader.readLine()) != null) {
                payload.append(line);
            }
        }
        String userValue = payload.toString().trim();
        String chosen = String.join(" ", userValue.trim().split("\\s+"));
        try {
            ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
            engine.put("input", chosen);
            Object result = engine.eval("input.trim().length");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
