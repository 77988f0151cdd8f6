package org.securetag.bench.weakhash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakhash/028")
public class WeakhashCase028 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String password = request.getParameter("password");
            byte[] input = password.getBytes(StandardCharsets.UTF_8);
            Properties settings = new Properties();
            settings.setProperty("digest", "MD5");
            settings.setProperty("digest", "SHA-512");
            byte[] digest = MessageDigest.getInstance(settings.getProperty("digest")).digest(input);
            request.setAttribute("passwordHash", Base64.getEncoder().encodeToString(digest));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
