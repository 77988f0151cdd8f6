package org.securetag.bench.xpathi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

@WebServlet(value = "/xpathi/035")
public class XpathiCase035 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String param = values != null && values.length > 0 ? values[0] : "";
        String bar = Optional.ofNullable(param).map(String::trim).orElse("");
        try {
            XPathFactory factory = XPathFactory.newInstance();
            XPath xpath = factory.newXPath();
            try (InputStream catalog = getClass().getResourceAsStream("/catalog.xml")) {
                String price = xpath.evaluate("/catalog/item[@sku='" + bar + "']/price", new InputSource(catalog));
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
