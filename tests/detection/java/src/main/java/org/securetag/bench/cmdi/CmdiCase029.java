package org.securetag.bench.cmdi;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/cmdi/029")
public class CmdiCase029 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = RequestValues.firstParameter(request, "item");
        String term = TextUtils.firstNonEmpty(input, "all");
        try {
            String[] command = {"/bin/sh", "-c", "ping -c 1 " + term};
            Process process = Runtime.getRuntime().exec(command);
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
