package org.securetag.bench.ssrf;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssrf/005")
public class SsrfCase005 extends HttpServlet {

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
        String supplied = payload.toString().trim();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest outbound = HttpRequest.newBuilder(URI.create(supplied)).GET().build();
            HttpResponse<String> reply = client.send(outbound, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
