package org.securetag.bench.deserialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/deserialization/012")
public class DeserializationCase012 extends HttpServlet {

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
            ObjectMapper mapper = new ObjectMapper();
            JsonNode restored = mapper.readTree(data);
            request.setAttribute("prefs", restored);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
