package org.securetag.bench.deserialization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.yaml.snakeyaml.Yaml;

@WebServlet(value = "/deserialization/037")
public class DeserializationCase037 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            byte[] data = request.getInputStream().readAllBytes();
            Yaml yaml = new Yaml();
            Object restored = yaml.load(new String(data, StandardCharsets.UTF_8));
            request.setAttribute("restored", String.valueOf(restored));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
