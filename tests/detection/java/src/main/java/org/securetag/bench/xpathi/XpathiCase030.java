package org.securetag.bench.xpathi;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/xpathi/030")
public class XpathiCase030 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = RequestValues.firstParameter(request, "item");
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String cleaned;
        switch (switchTarget) {
            case 'A':
                cleaned = raw;
                break;
            case 'B':
                cleaned = "bob";
                break;
            case 'C':
            case 'D':
                cleaned = raw;
                break;
            default:
                cleaned = "bob's your uncle";
                break;
        }
        try {
            org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
            javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
            java.util.Map<String, Object> variables = new java.util.HashMap<String, Object>();
            variables.put("id", cleaned);
            xpath.setXPathVariableResolver(name -> variables.get(name.getLocalPart()));
            javax.xml.xpath.XPathExpression compiled = xpath.compile("//account[id=$id]");
            org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) compiled.evaluate(doc, javax.xml.xpath.XPathConstants.NODESET);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
