package org.securetag.bench.ssrf;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssrf/002")
public class SsrfCase002 extends HttpServlet {

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
        int num = 106;
        String cleaned = (7 * 42) - num > 200 ? "featured" : raw;
        try {
            java.net.URI uri = java.net.URI.create(cleaned);
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
