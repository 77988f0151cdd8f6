package org.securetag.bench.codeinj;

import groovy.lang.GroovyShell;
import java.io.IOException;
import java.net.URLDecoder;
import java.util.HashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/codeinj/037")
public class CodeinjCase037 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String queryString = request.getQueryString();
        String marker = "key=";
        int start = queryString == null ? -1 : queryString.indexOf(marker);
        if (start < 0) {
            response.sendError(400, "missing key");
            return;
        }
        start += marker.length();
        int end = queryString.indexOf('&', start);
        String raw = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", raw);
        String cleaned = (String) fields.get("keyB");
        try {
            GroovyShell shell = new GroovyShell();
            Object result = shell.evaluate(cleaned);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
