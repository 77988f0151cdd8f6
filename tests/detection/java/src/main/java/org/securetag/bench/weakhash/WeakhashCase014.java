package org.securetag.bench.weakhash;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakhash/014")
public class WeakhashCase014 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = request.getHeader("X-Reset-Token");
            byte[] input = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.util.Properties props = new java.util.Properties();
            try (java.io.InputStream stream = getClass().getClassLoader().getResourceAsStream("crypto.properties")) {
                props.load(stream);
            }
            String algorithm = props.getProperty("hashAlg2", "SHA512");
            java.security.MessageDigest md = java.security.MessageDigest.getInstance(algorithm);
            byte[] digest = md.digest(input);
            response.getWriter().print(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest).length());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
