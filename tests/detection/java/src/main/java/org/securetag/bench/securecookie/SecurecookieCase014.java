package org.securetag.bench.securecookie;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/securecookie/014")
public class SecurecookieCase014 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = UUID.randomUUID().toString();
            response.addHeader("Set-Cookie", String.format("remember=%s; Max-Age=2592000; Path=/; Secure; HttpOnly", token));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
