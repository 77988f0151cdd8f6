package org.securetag.bench.ssrf;

import java.io.IOException;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/ssrf/003")
public class SsrfCase003 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = RequestValues.firstParameter(request, "item");
        String selected = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(requested.getBytes())));
        try {
            try (java.io.InputStream in = new java.net.URL("http://" + selected + "/api/status").openStream()) {
                byte[] body = in.readAllBytes();
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
