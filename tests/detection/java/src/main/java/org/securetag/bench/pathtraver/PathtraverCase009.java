package org.securetag.bench.pathtraver;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/pathtraver/009")
public class PathtraverCase009 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = request.getHeader("X-Item-Ref");
        if (raw != null) {
            raw = URLDecoder.decode(raw, "UTF-8");
        }
        String cleaned = TextUtils.collapseWhitespace(raw);
        try {
            try (BufferedReader reader = new BufferedReader(new FileReader("/var/app/templates/" + cleaned))) {
                String first = reader.readLine();
                request.setAttribute("preview", first);
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
