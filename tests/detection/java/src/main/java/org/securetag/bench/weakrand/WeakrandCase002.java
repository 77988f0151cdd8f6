package org.securetag.bench.weakrand;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakrand/002")
public class WeakrandCase002 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            java.security.SecureRandom random = new java.security.SecureRandom();
            String resetCode = String.format("%06d", random.nextInt(1000000));
            request.getSession().setAttribute("resetCode", resetCode);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
