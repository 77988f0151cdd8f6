package org.securetag.bench.cmdi;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cmdi/032")
public class CmdiCase032 extends HttpServlet {

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
        String userValue = payload.toString().trim();
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "localhost");
        fields.put("keyB", userValue);
        String chosen = (String) fields.get("keyA");
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", "tar -czf /tmp/export.tgz " + chosen);
            builder.redirectErrorStream(true);
            Process process = builder.start();
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
