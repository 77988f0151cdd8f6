package org.securetag.bench.cmdi;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.InputValidators;

@WebServlet(value = "/cmdi/004")
public class CmdiCase004 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String userValue = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                userValue = filterValues[0];
            }
        }
        String chosen = InputValidators.requireIdentifier(userValue);
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
