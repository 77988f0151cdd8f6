package org.securetag.bench.xxe;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xxe/036")
public class XxeCase036 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            java.io.InputStream in = request.getInputStream();
            javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            javax.xml.parsers.SAXParser parser = factory.newSAXParser();
            java.util.List<String> names = new java.util.ArrayList<String>();
            parser.parse(in, new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, org.xml.sax.Attributes attributes) {
                    names.add(qName);
                }
            });
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
