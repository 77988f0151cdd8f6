package org.securetag.bench.cmdi;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.AppConfig;

@WebServlet(value = "/cmdi/027")
public class CmdiCase027 extends HttpServlet {

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
        AppConfig config = new AppConfig();
        config.set("lookup", incoming);
        String entry = config.getOrDefault("lookup", "");
        try {
            StringBuilder script = new StringBuilder("git -C /srv/repos/site log --oneline ");
            script.append(entry);
            Process process = new ProcessBuilder("/bin/bash", "-c", script.toString()).inheritIO().start();
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
