package org.securetag.bench.deserialization;

import com.thoughtworks.xstream.XStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/deserialization/007")
public class DeserializationCase007 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String encoded = request.getParameter("state");
            byte[] data = Base64.getUrlDecoder().decode(encoded);
            XStream xstream = new XStream();
            Object restored = xstream.fromXML(new String(data, StandardCharsets.UTF_8));
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
