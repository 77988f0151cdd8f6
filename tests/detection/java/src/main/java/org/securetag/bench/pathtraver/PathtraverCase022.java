package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/022")
public class PathtraverCase022 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String queryString = request.getQueryString();
        String marker = "key=";
        int start = queryString == null ? -1 : queryString.indexOf(marker);
        if (start < 0) {
            response.sendError(400, "missing key");
            return;
        }
        start += marker.length();
        int end = queryString.indexOf('&', start);
        String input = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        String term = input.substring(0, Math.min(input.length(), 120)).trim();
        try {
            Path base = Paths.get("/var/app/reports").toAbsolutePath().normalize();
            Path target = base.resolve(term).normalize();
            if (!target.startsWith(base)) {
                throw new SecurityException("invalid report path");
            }
            byte[] data = Files.readAllBytes(target);
            response.getOutputStream().write(data);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
