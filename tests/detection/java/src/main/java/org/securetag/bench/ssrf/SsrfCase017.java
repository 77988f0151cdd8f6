package org.securetag.bench.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.AppConfig;

@WebServlet(value = "/ssrf/017")
public class SsrfCase017 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = request.getParameter("q");
        AppConfig config = new AppConfig();
        config.set("lookup", requested);
        String selected = config.getOrDefault("lookup", "");
        try {
            try (InputStream in = new URL("http://" + selected + "/api/status").openStream()) {
                byte[] body = in.readAllBytes();
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
