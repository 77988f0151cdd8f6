package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.util.Base64;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/042")
public class PathtraverCase042 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            param = headers.nextElement();
        }
        String bar = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(param.getBytes())));
        try {
            java.nio.file.Path base = java.nio.file.Paths.get("/var/app/reports").toAbsolutePath().normalize();
            java.nio.file.Path target = base.resolve(bar).normalize();
            if (!target.startsWith(base)) {
                throw new SecurityException("invalid report path");
            }
            byte[] data = java.nio.file.Files.readAllBytes(target);
            response.getOutputStream().write(data);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
