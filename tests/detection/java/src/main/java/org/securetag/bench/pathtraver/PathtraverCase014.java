package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/014")
public class PathtraverCase014 extends HttpServlet {

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
        String[] values = request.getParameterValues("tag");
        String param = values != null && values.length > 0 ? values[0] : "";
        String bar = tidy(param);
        try {
            File baseDir = new File("/var/app/avatars");
            File avatar = new File(baseDir, bar);
            if (!avatar.getCanonicalPath().startsWith(baseDir.getCanonicalPath() + File.separator)) {
                throw new IllegalArgumentException("invalid avatar name");
            }
            boolean deleted = avatar.delete();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
