package org.securetag.bench.deserialization;

import java.io.IOException;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.lang3.SerializationUtils;

@WebServlet(value = "/deserialization/015")
public class DeserializationCase015 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String encoded = "";
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if ("prefs".equals(cookie.getName())) {
                        encoded = cookie.getValue();
                    }
                }
            }
            byte[] data = Base64.getDecoder().decode(encoded);
            Object restored = SerializationUtils.deserialize(data);
            request.setAttribute("prefs", restored);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
