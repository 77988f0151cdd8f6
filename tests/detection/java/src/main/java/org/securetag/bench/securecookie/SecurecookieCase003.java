package org.securetag.bench.securecookie;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/securecookie/003")
public class SecurecookieCase003 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = java.util.UUID.randomUUID().toString();
            javax.servlet.http.Cookie rememberMe = new javax.servlet.http.Cookie("remember-me", token);
            rememberMe.setHttpOnly(true);
            rememberMe.setMaxAge(60 * 60 * 24 * 30);
            response.addCookie(rememberMe);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
