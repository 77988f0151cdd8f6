package org.securetag.bench.xpathi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

@WebServlet(value = "/xpathi/020")
public class XpathiCase020 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = request.getHeader("X-Item-Ref");
        if (incoming != null) {
            incoming = URLDecoder.decode(incoming, "UTF-8");
        }
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("alice");
        valuesList.add(incoming);
        valuesList.add("bob");
        valuesList.remove(0);
        String entry = valuesList.get(1);
        try {
            XPathFactory factory = XPathFactory.newInstance();
            XPath xpath = factory.newXPath();
            try (InputStream catalog = getClass().getResourceAsStream("/catalog.xml")) {
                String price = xpath.evaluate("/catalog/item[@sku='" + entry + "']/price", new InputSource(catalog));
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
