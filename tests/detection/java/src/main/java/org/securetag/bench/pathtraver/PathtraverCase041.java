package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/041")
public class PathtraverCase041 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = request.getHeader("X-Item-Ref");
        if (incoming != null) {
            incoming = URLDecoder.decode(incoming, "UTF-8");
        }
        String entry = Optional.ofNullable(incoming).map(String::trim).orElse("");
        try {
            File exportDir = new File(System.getProperty("java.io.tmpdir"), "exports");
            try (FileOutputStream out = new FileOutputStream(new File(exportDir, entry))) {
                out.write("exported".getBytes(StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
