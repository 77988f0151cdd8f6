package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/034")
public class PathtraverCase034 extends HttpServlet {

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
        String entry = incoming.substring(0, Math.min(incoming.length(), 120)).trim();
        try {
            File baseDir = new File("/var/app/avatars");
            File avatar = new File(baseDir, entry);
            if (!avatar.getCanonicalPath().startsWith(baseDir.getCanonicalPath() + File.separator)) {
                throw new IllegalArgumentException("invalid avatar name");
            }
            boolean deleted = avatar.delete();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
