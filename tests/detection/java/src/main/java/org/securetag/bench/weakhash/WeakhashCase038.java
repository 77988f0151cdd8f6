package org.securetag.bench.weakhash;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakhash/038")
public class WeakhashCase038 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String password = request.getParameter("password");
            byte[] input = password.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            javax.crypto.SecretKeyFactory factory = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] salt = "static-pepper-v2".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] digest = factory.generateSecret(new javax.crypto.spec.PBEKeySpec(new String(input, java.nio.charset.StandardCharsets.UTF_8).toCharArray(), salt, 210000, 256)).getEncoded();
            request.setAttribute("passwordHash", java.util.Base64.getEncoder().encodeToString(digest));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
