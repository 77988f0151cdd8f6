package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/018")
public class PathtraverCase018 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = request.getParameter("q");
        String chosen = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(userValue.getBytes())));
        try {
            String name = org.apache.commons.io.FilenameUtils.getName(chosen);
            java.nio.file.Files.write(java.nio.file.Paths.get("/tmp/uploads", name + ".txt"), new byte[0]);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
