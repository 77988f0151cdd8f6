package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/002")
public class PathtraverCase002 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String raw = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                raw = filterValues[0];
            }
        }
        String cleaned = tidy(raw);
        try {
            Path base = Paths.get("/var/app/reports").toAbsolutePath().normalize();
            Path target = base.resolve(cleaned).normalize();
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
