package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/033")
public class PathtraverCase033 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String supplied = values != null && values.length > 0 ? values[0] : "";
        String choice = "guest";
        if (supplied != null && !supplied.isEmpty()) {
            choice = supplied;
        }
        try {
            try (RandomAccessFile file = new RandomAccessFile(new File("/var/app/logs", choice), "r")) {
                file.seek(Math.max(0, file.length() - 4096));
                String tail = file.readLine();
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
