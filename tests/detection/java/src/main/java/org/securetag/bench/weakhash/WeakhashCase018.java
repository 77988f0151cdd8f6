package org.securetag.bench.weakhash;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakhash/018")
public class WeakhashCase018 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String password = request.getParameter("password");
            byte[] input = password.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] digest = org.apache.commons.codec.digest.DigestUtils.getSha512Digest().digest(input);
            request.setAttribute("passwordHash", java.util.Base64.getEncoder().encodeToString(digest));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
