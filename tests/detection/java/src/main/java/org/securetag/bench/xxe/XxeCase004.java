package org.securetag.bench.xxe;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xxe/004")
public class XxeCase004 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            java.io.InputStream in = request.getInputStream();
            javax.xml.parsers.DocumentBuilder builder = org.securetag.bench.helpers.SafeXml.newDocumentBuilder();
            org.w3c.dom.Document doc = builder.parse(new org.xml.sax.InputSource(in));
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
