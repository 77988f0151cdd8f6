package org.securetag.bench.deserialization;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Preferences;

@WebServlet(value = "/deserialization/030")
public class DeserializationCase030 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String encoded = request.getParameter("state");
            byte[] data = Base64.getUrlDecoder().decode(encoded);
            Preferences restored = new Gson().fromJson(new String(data, StandardCharsets.UTF_8), Preferences.class);
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
