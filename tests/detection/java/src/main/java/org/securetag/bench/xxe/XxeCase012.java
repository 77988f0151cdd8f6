package org.securetag.bench.xxe;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xxe/012")
public class XxeCase012 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            java.io.InputStream in = request.getInputStream();
            org.dom4j.io.SAXReader reader = new org.dom4j.io.SAXReader();
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
            org.dom4j.Document doc = reader.read(in);
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
