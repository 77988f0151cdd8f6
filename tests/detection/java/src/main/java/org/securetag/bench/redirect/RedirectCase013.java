package org.securetag.bench.redirect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/redirect/013")
public class RedirectCase013 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = RequestValues.firstParameter(request, "item");
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(incoming);
        valuesList.add("popular");
        valuesList.remove(0);
        String entry = valuesList.get(0);
        try {
            response.setStatus(301);
            response.addHeader("Location", entry);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
