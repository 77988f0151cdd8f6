package org.securetag.bench.cmdi;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cmdi/043")
public class CmdiCase043 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = request.getParameter("q");
        String term = Optional.ofNullable(input).map(String::trim).orElse("");
        try {
            String[] command = {"/bin/sh", "-c", "ping -c 1 " + term};
            Process process = Runtime.getRuntime().exec(command);
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
