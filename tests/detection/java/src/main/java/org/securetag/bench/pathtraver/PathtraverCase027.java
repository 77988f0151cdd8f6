package org.securetag.bench.pathtraver;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/pathtraver/027")
public class PathtraverCase027 extends HttpServlet {

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
        String incoming = payload.toString().trim();
        String entry = TextUtils.firstNonEmpty(incoming, "all");
        try {
            try (BufferedReader reader = new BufferedReader(new FileReader("/var/app/templates/" + entry))) {
                String first = reader.readLine();
                request.setAttribute("preview", first);
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
