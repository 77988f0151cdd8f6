package org.securetag.bench.xss;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss/015")
public class XssCase015 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            input = headers.nextElement();
        }
        this.lastSelection = input;
        String term = this.lastSelection;
        try {
            ServletOutputStream out = response.getOutputStream();
            out.print("<title>" + term + "</title>");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
