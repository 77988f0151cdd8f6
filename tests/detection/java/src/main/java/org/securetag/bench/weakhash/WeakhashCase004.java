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

@WebServlet(value = "/weakhash/004")
public class WeakhashCase004 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = request.getHeader("X-Reset-Token");
            byte[] input = token.getBytes(StandardCharsets.UTF_8);
            MessageDigest md = MessageDigest.getInstance("SHA-512");
            md.update(input);
            byte[] digest = md.digest();
            response.getWriter().print(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).length());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
