package org.securetag.bench.weakrand;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakrand/029")
public class WeakrandCase029 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final java.util.Random generator = new java.util.Random();

    private String nextTicket() {
        return Long.toString(Math.abs(generator.nextLong()), 36);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String ticket = nextTicket();
            request.getSession().setAttribute("downloadTicket", ticket);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
