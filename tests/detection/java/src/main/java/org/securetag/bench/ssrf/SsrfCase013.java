package org.securetag.bench.ssrf;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

@WebServlet(value = "/ssrf/013")
public class SsrfCase013 extends HttpServlet {

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
        String incoming = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        StringBuilder assembled = new StringBuilder();
        assembled.append(incoming.trim());
        String entry = assembled.toString();
        try {
            RestTemplate restTemplate = new RestTemplate();
            ResponseEntity<byte[]> fetched = restTemplate.exchange(URI.create(entry), HttpMethod.GET, null, byte[].class);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
