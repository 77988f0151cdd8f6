package org.securetag.bench.securecookie;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/securecookie/034")
public class SecurecookieCase034 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String token = UUID.randomUUID().toString();
            List<Cookie> cookies = new ArrayList<Cookie>();
            cookies.add(new Cookie("session", token));
            cookies.add(new Cookie("locale", "en"));
            for (Cookie cookie : cookies) {
                cookie.setHttpOnly(true);
                cookie.setSecure(true);
                response.addCookie(cookie);
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
