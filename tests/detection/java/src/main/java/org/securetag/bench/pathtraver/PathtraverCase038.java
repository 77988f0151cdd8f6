package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;

@WebServlet(value = "/pathtraver/038")
public class PathtraverCase038 extends HttpServlet {

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
        String requested = request.getHeader("X-Item-Ref");
        if (requested != null) {
            requested = URLDecoder.decode(requested, "UTF-8");
        }
        String selected = tidy(requested);
        try {
            String name = FilenameUtils.getName(selected);
            Files.write(Paths.get("/tmp/uploads", name + ".txt"), new byte[0]);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
