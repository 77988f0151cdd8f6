package org.securetag.bench.weakhash;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakhash/037")
public class WeakhashCase037 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = request.getHeader("X-Reset-Token");
            byte[] input = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("MD4");
            byte[] digest = md.digest(input);
            response.getWriter().print(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest).length());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
