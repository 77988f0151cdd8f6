package org.securetag.bench.cmdi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/cmdi/018")
public class CmdiCase018 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = RequestValues.firstParameter(request, "item");
        String chosen = TextUtils.collapseWhitespace(userValue);
        try {
            Process process = new ProcessBuilder("wc", "-w").start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(chosen.getBytes(StandardCharsets.UTF_8));
            }
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
