package org.securetag.bench.ssrf;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssrf/026")
public class SsrfCase026 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String supplied = values != null && values.length > 0 ? values[0] : "";
        int num = 106;
        String choice = (7 * 42) - num > 200 ? "featured" : supplied;
        try {
            java.net.URI uri = java.net.URI.create(choice);
            if (!"https".equals(uri.getScheme()) || !java.util.Set.of("api.example.com", "cdn.example.com").contains(uri.getHost())) {
                throw new IllegalArgumentException("host not allowed");
            }
            java.net.HttpURLConnection connection = (java.net.HttpURLConnection) new java.net.URL("https://" + uri.getHost() + uri.getRawPath()).openConnection();
            int status = connection.getResponseCode();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
