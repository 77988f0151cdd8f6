package org.securetag.bench.weakhash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.CryptoSettings;

@WebServlet(value = "/weakhash/011")
public class WeakhashCase011 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String password = request.getParameter("password");
            byte[] input = password.getBytes(StandardCharsets.UTF_8);
            MessageDigest md = MessageDigest.getInstance(CryptoSettings.DIGEST_V1);
            byte[] digest = md.digest(input);
            request.setAttribute("passwordHash", Base64.getEncoder().encodeToString(digest));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
