package org.securetag.bench.pathtraver;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/030")
public class PathtraverCase030 extends HttpServlet {

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
        String cleaned = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(raw.getBytes())));
        try {
            String fileName = java.nio.file.Paths.get(cleaned).getFileName().toString();
            java.io.File file = new java.io.File("/var/app/uploads", fileName);
            try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {
                in.transferTo(response.getOutputStream());
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
