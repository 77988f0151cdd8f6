package org.securetag.bench.securecookie;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/securecookie/039")
public class SecurecookieCase039 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String cartId = Long.toString(System.nanoTime(), 36);
            javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("cart", cartId);
            cookie.setSecure(false);
            response.addCookie(cookie);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
