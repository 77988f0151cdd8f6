package org.securetag.bench.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssrf/025")
public class SsrfCase025 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            userValue = headers.nextElement();
        }
        String chosen = "guest";
        if (userValue != null && !userValue.isEmpty()) {
            chosen = userValue;
        }
        try {
            URL avatar = new URL(String.format("https://%s/avatar.png", chosen));
            URLConnection connection = avatar.openConnection();
            connection.setConnectTimeout(2000);
            try (InputStream in = connection.getInputStream()) {
                in.transferTo(response.getOutputStream());
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
