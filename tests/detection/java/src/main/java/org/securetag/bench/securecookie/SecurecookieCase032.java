package org.securetag.bench.securecookie;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/securecookie/032")
public class SecurecookieCase032 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = java.util.UUID.randomUUID().toString();
            StringBuilder header = new StringBuilder("auth_token=").append(token);
            header.append("; Path=/; HttpOnly; Secure; SameSite=Strict");
            response.addHeader("Set-Cookie", header.toString());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
