package org.securetag.bench.weakrand;

import java.io.IOException;
import java.util.Random;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakrand/011")
public class WeakrandCase011 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            Random random = new Random(System.currentTimeMillis());
            String nonce = Long.toString(random.nextLong(), 36);
            response.setHeader("Content-Security-Policy", "script-src 'nonce-" + nonce + "'");
            request.setAttribute("cspNonce", nonce);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
