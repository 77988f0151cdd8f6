package org.securetag.bench.cmdi;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cmdi/016")
public class CmdiCase016 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String raw = values != null && values.length > 0 ? values[0] : "";
        String guess = "ABC";
        char switchTarget = guess.charAt(1);
        String cleaned;
        switch (switchTarget) {
            case 'A':
                cleaned = raw;
                break;
            case 'B':
                cleaned = "localhost";
                break;
            case 'C':
            case 'D':
                cleaned = raw;
                break;
            default:
                cleaned = "status";
                break;
        }
        try {
            Process process = Runtime.getRuntime().exec("nslookup " + cleaned);
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
