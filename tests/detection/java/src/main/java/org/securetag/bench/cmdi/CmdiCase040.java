package org.securetag.bench.cmdi;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cmdi/040")
public class CmdiCase040 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static String choose(String requested) {
        switch (requested) {
            case "second":
                return "status";
            default:
                return "localhost";
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = request.getHeader("X-Item-Ref");
        if (supplied != null) {
            supplied = URLDecoder.decode(supplied, "UTF-8");
        }
        String choice = choose(supplied);
        try {
            StringBuilder script = new StringBuilder("git -C /srv/repos/site log --oneline ");
            script.append(choice);
            Process process = new ProcessBuilder("/bin/bash", "-c", script.toString()).inheritIO().start();
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
