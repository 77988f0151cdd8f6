package org.securetag.bench.ssrf;

import java.io.BufferedReader;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/ssrf/037")
public class SsrfCase037 extends HttpServlet {

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
        String raw = payload.toString().trim();
        String cleaned = TextUtils.collapseWhitespace(raw);
        try {
            try (CloseableHttpClient http = HttpClients.createDefault()) {
                HttpGet get = new HttpGet(cleaned);
                http.execute(get).close();
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
