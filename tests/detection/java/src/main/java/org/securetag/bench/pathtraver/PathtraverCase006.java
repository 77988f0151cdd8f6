package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/006")
public class PathtraverCase006 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = request.getHeader("X-Item-Ref");
        if (incoming != null) {
            incoming = URLDecoder.decode(incoming, "UTF-8");
        }
        String entry = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(incoming.getBytes())));
        try {
            java.nio.file.Path target = org.securetag.bench.helpers.PathGuard.resolveInside(java.nio.file.Paths.get("/srv/exports"), entry);
            boolean removed = java.nio.file.Files.deleteIfExists(target);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
