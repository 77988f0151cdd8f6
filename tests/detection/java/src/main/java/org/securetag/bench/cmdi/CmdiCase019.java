package org.securetag.bench.cmdi;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cmdi/019")
public class CmdiCase019 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            supplied = headers.nextElement();
        }
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String choice;
        switch (switchTarget) {
            case 'A':
                choice = supplied;
                break;
            case 'B':
                choice = "bob";
                break;
            case 'C':
            case 'D':
                choice = supplied;
                break;
            default:
                choice = "bob's your uncle";
                break;
        }
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", "tar -czf /tmp/export.tgz " + choice);
            builder.redirectErrorStream(true);
            Process process = builder.start();
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
