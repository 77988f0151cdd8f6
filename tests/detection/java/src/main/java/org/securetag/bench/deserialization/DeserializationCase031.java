package org.securetag.bench.deserialization;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/deserialization/031")
public class DeserializationCase031 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String encoded = "";
            javax.servlet.http.Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (javax.servlet.http.Cookie cookie : cookies) {
                    if ("prefs".equals(cookie.getName())) {
                        encoded = cookie.getValue();
                    }
                }
            }
            byte[] data = java.util.Base64.getDecoder().decode(encoded);
            com.thoughtworks.xstream.XStream xstream = new com.thoughtworks.xstream.XStream();
            Object restored = xstream.fromXML(new String(data, java.nio.charset.StandardCharsets.UTF_8));
            request.setAttribute("prefs", restored);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
