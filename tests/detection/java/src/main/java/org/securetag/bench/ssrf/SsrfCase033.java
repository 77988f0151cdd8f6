package org.securetag.bench.ssrf;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssrf/033")
public class SsrfCase033 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String supplied = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                supplied = filterValues[0];
            }
        }
        String choice = Optional.ofNullable(supplied).map(String::trim).orElse("");
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest outbound = java.net.http.HttpRequest.newBuilder(java.net.URI.create(choice)).GET().build();
            java.net.http.HttpResponse<String> reply = client.send(outbound, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
