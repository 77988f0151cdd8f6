package org.securetag.bench.ssrf;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/ssrf/028")
public class SsrfCase028 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastRequested;
    private final String defaultSelection = "https://status.example.com/health";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = RequestValues.firstParameter(request, "item");
        this.lastRequested = param;
        String bar = this.defaultSelection;
        try {
            URL url = new URL(bar);
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            int status = connection.getResponseCode();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
