package org.securetag.bench.weakrand;

import java.io.IOException;
import java.util.Random;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakrand/035")
public class WeakrandCase035 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String code = Integer.toString(new Random().nextInt(90000000) + 10000000);
            request.getSession().setAttribute("mfaCode", code);
            response.getWriter().print("code sent");
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
