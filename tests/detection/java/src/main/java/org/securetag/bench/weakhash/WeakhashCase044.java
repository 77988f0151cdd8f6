package org.securetag.bench.weakhash;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakhash/044")
public class WeakhashCase044 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = request.getHeader("X-Reset-Token");
            byte[] input = token.getBytes(StandardCharsets.UTF_8);
            byte[] digest = Hashing.sha512().hashBytes(input).asBytes();
            response.getWriter().print(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).length());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
