package org.securetag.bench.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Labels;

@WebServlet(value = "/xss/020")
public class XssCase020 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String incoming = values != null && values.length > 0 ? values[0] : "";
        String entry = Labels.displayLabel(incoming);
        try {
            response.getWriter().print("<p>Hello " + entry + "</p>");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
