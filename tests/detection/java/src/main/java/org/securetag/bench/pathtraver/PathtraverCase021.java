package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/021")
public class PathtraverCase021 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    param = cookie.getValue();
                    break;
                }
            }
        }
        StringBuilder assembled = new StringBuilder();
        assembled.append(param.trim());
        String bar = assembled.toString();
        try {
            byte[] data = Files.readAllBytes(Paths.get("/var/app/reports", bar));
            response.getOutputStream().write(data);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
