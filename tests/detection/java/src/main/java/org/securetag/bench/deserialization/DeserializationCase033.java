package org.securetag.bench.deserialization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/deserialization/033")
public class DeserializationCase033 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String encoded = request.getParameter("state");
            byte[] data = Base64.getUrlDecoder().decode(encoded);
            ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data));
            Object restored = ois.readUnshared();
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
