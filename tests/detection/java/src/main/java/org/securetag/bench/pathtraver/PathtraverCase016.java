package org.securetag.bench.pathtraver;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/pathtraver/016")
public class PathtraverCase016 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = RequestValues.firstParameter(request, "item");
        Properties settings = new Properties();
        settings.setProperty("default", "report.txt");
        settings.setProperty("requested", raw);
        String cleaned = settings.getProperty("default");
        try {
            try (BufferedReader reader = new BufferedReader(new FileReader("/var/app/templates/" + cleaned))) {
                String first = reader.readLine();
                request.setAttribute("preview", first);
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
