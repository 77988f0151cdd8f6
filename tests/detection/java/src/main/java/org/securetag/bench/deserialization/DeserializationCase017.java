package org.securetag.bench.deserialization;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/deserialization/017")
public class DeserializationCase017 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String encoded = request.getParameter("state");
            byte[] data = java.util.Base64.getUrlDecoder().decode(encoded);
            com.thoughtworks.xstream.XStream xstream = new com.thoughtworks.xstream.XStream();
            xstream.addPermission(com.thoughtworks.xstream.security.AnyTypePermission.ANY);
            Object restored = xstream.fromXML(new java.io.ByteArrayInputStream(data));
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
