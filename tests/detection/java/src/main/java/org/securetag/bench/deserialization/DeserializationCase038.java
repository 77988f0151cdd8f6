package org.securetag.bench.deserialization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@WebServlet(value = "/deserialization/038")
public class DeserializationCase038 extends HttpServlet {

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
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            Object restored = yaml.load(new String(data, StandardCharsets.UTF_8));
            request.setAttribute("prefs", restored);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
