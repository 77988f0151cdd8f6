package org.securetag.bench.deserialization;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/deserialization/014")
public class DeserializationCase014 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String encoded = request.getParameter("state");
            byte[] data = java.util.Base64.getUrlDecoder().decode(encoded);
            org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()));
            Object restored = yaml.load(new String(data, java.nio.charset.StandardCharsets.UTF_8));
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
