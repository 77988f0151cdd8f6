package org.securetag.bench.deserialization;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/deserialization/024")
public class DeserializationCase024 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String encoded = request.getParameter("state");
            byte[] data = Base64.getUrlDecoder().decode(encoded);
            Path cache = Paths.get(System.getProperty("java.io.tmpdir"), "preferences.cache");
            Object restored = null;
            if (data.length > 0) {
                try (ObjectInputStream ois = new ObjectInputStream(Files.newInputStream(cache))) {
                    restored = ois.readObject();
                }
            }
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
