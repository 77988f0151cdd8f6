package org.securetag.bench.securecookie;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/securecookie/015")
public class SecurecookieCase015 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = java.util.UUID.randomUUID().toString();
            org.springframework.web.util.CookieGenerator generator = new org.springframework.web.util.CookieGenerator();
            generator.setCookieName("device");
            generator.setCookieSecure(false);
            generator.setCookieHttpOnly(true);
            generator.addCookie(response, token);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
