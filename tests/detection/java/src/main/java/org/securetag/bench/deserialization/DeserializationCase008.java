package org.securetag.bench.deserialization;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.security.NoTypePermission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Preferences;

@WebServlet(value = "/deserialization/008")
public class DeserializationCase008 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            byte[] data = request.getInputStream().readAllBytes();
            XStream xstream = new XStream();
            xstream.addPermission(NoTypePermission.NONE);
            xstream.allowTypes(new Class[] {Preferences.class});
            Object restored = xstream.fromXML(new String(data, StandardCharsets.UTF_8));
            request.setAttribute("restored", String.valueOf(restored));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
