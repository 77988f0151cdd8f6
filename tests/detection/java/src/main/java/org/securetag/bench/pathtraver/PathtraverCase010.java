package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/010")
public class PathtraverCase010 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            requested = headers.nextElement();
        }
        String selected = requested.substring(0, Math.min(requested.length(), 120)).trim();
        try {
            String fileName = Paths.get(selected).getFileName().toString();
            File file = new File("/var/app/uploads", fileName);
            try (FileInputStream in = new FileInputStream(file)) {
                in.transferTo(response.getOutputStream());
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
