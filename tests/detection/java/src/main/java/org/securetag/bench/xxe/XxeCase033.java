package org.securetag.bench.xxe;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

@WebServlet(value = "/xxe/033")
public class XxeCase033 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final DocumentBuilderFactory FACTORY = DocumentBuilderFactory.newInstance();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            InputStream in = request.getInputStream();
            Document doc = FACTORY.newDocumentBuilder().parse(in);
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
