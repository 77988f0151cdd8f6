package org.securetag.bench.securecookie;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/securecookie/035")
public class SecurecookieCase035 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = java.util.UUID.randomUUID().toString();
            javax.servlet.http.Cookie c = new javax.servlet.http.Cookie("SSO", token);
            c.setSecure(Boolean.FALSE);
            c.setHttpOnly(true);
            response.addCookie(c);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
