package org.securetag.bench.deserialization;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/deserialization/040")
public class DeserializationCase040 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String encoded = request.getParameter("state");
            byte[] data = java.util.Base64.getUrlDecoder().decode(encoded);
            java.io.ObjectInputStream ois = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(data)) {
                @Override
                protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws java.io.IOException, ClassNotFoundException {
                    if (!"org.securetag.bench.helpers.Preferences".equals(desc.getName())) {
                        throw new java.io.InvalidClassException(desc.getName(), "unexpected class");
                    }
                    return super.resolveClass(desc);
                }
            };
            Object restored = ois.readObject();
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
