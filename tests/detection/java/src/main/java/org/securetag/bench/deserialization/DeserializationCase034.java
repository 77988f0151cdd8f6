package org.securetag.bench.deserialization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.serialization.ValidatingObjectInputStream;
import org.securetag.bench.helpers.Preferences;

@WebServlet(value = "/deserialization/034")
public class DeserializationCase034 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            byte[] data = request.getInputStream().readAllBytes();
            ValidatingObjectInputStream ois = new ValidatingObjectInputStream(new ByteArrayInputStream(data));
            ois.accept(Preferences.class);
            Object restored = ois.readObject();
            request.setAttribute("restored", String.valueOf(restored));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
