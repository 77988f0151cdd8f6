package org.securetag.bench.weakrand;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakrand/012")
public class WeakrandCase012 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            response.setHeader("Content-Security-Policy", "script-src 'nonce-" + nonce + "'");
            request.setAttribute("cspNonce", nonce);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
