package org.securetag.bench.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssrf/018")
public class SsrfCase018 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = request.getHeader("X-Item-Ref");
        if (userValue != null) {
            userValue = URLDecoder.decode(userValue, "UTF-8");
        }
        String chosen = normalizeCase(userValue);
        try {
            URL search = new URL("https://api.example.com/search?q=" + URLEncoder.encode(chosen, StandardCharsets.UTF_8));
            try (InputStream in = search.openStream()) {
                byte[] body = in.readAllBytes();
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
