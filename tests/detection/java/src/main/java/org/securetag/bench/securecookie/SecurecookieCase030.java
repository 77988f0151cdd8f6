package org.securetag.bench.securecookie;

import java.io.IOException;
import java.util.Properties;
import java.util.UUID;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/securecookie/030")
public class SecurecookieCase030 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = UUID.randomUUID().toString();
            Properties cookieSettings = new Properties();
            cookieSettings.setProperty("secure", "true");
            Cookie cookie = new Cookie("token", token);
            cookie.setSecure(Boolean.parseBoolean(cookieSettings.getProperty("secure")));
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
