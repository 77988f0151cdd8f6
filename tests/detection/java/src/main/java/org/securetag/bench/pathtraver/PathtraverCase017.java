package org.securetag.bench.pathtraver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/017")
public class PathtraverCase017 extends HttpServlet {

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
        String requested = payload.toString().trim();
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String selected;
        switch (switchTarget) {
            case 'A':
                selected = requested;
                break;
            case 'B':
                selected = "bob";
                break;
            case 'C':
            case 'D':
                selected = requested;
                break;
            default:
                selected = "bob's your uncle";
                break;
        }
        try {
            try (InputStream in = Files.newInputStream(Path.of(selected))) {
                in.transferTo(response.getOutputStream());
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
