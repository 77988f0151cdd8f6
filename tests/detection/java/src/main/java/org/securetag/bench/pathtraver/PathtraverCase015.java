package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/pathtraver/015")
public class PathtraverCase015 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = RequestValues.firstParameter(request, "item");
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", input);
        String term = settings.getProperty("selection");
        try {
            try (RandomAccessFile file = new RandomAccessFile(new File("/var/app/logs", term), "r")) {
                file.seek(Math.max(0, file.length() - 4096));
                String tail = file.readLine();
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
