package org.securetag.bench.xxe;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xxe/020")
public class XxeCase020 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            java.io.InputStream in = request.getInputStream();
            javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
            factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
            javax.xml.stream.XMLEventReader events = factory.createXMLEventReader(in);
            while (events.hasNext()) {
                events.nextEvent();
            }
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
