package org.securetag.bench.redirect;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/redirect/034")
public class RedirectCase034 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = RequestValues.firstParameter(request, "item");
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", incoming);
        String entry = (String) fields.get("keyB");
        try {
            URI uri = URI.create(entry);
            String destination = uri.getScheme() == null && uri.getHost() == null && entry.startsWith("/") && !entry.startsWith("//") ? uri.getPath() : "/";
            response.sendRedirect(destination);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
