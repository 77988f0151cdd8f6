package org.securetag.bench.securecookie;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/securecookie/022")
public class SecurecookieCase022 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static Cookie sessionCookie(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/");
        return cookie;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = UUID.randomUUID().toString();
            response.addCookie(sessionCookie("SID", token));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
