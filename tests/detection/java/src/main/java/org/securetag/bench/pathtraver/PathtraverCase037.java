package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/pathtraver/037")
public class PathtraverCase037 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            raw = headers.nextElement();
        }
        this.lastSelection = raw;
        String cleaned = this.lastSelection;
        try {
            java.io.File file = new java.io.File("/var/app/uploads/" + cleaned);
            try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {
                in.transferTo(response.getOutputStream());
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
