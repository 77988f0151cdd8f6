package org.securetag.bench.xpathi;

import java.io.IOException;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@WebServlet(value = "/xpathi/028")
public class XpathiCase028 extends HttpServlet {

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
        Properties settings = new Properties();
        settings.setProperty("default", "alice");
        settings.setProperty("requested", param);
        String bar = settings.getProperty("default");
        try {
            Document doc = XmlStore.usersDocument();
            XPath xpath = XPathFactory.newInstance().newXPath();
            XPathExpression compiled = xpath.compile(String.format("//account[id='%s']", bar));
            NodeList nodes = (NodeList) compiled.evaluate(doc, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
