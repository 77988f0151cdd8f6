package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/013")
public class PathtraverCase013 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String incoming = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                incoming = filterValues[0];
            }
        }
        try {
            java.nio.file.Files.write(java.nio.file.Paths.get(String.format("/tmp/uploads/%s.txt", incoming)), new byte[0]);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
