package org.securetag.bench.xpathi;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xpathi/007")
public class XpathiCase007 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            param = headers.nextElement();
        }
        try {
            org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
            javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
            StringBuilder query = new StringBuilder("/users/user[role='");
            query.append(param).append("']");
            org.w3c.dom.Node first = (org.w3c.dom.Node) xpath.evaluate(query.toString(), doc, javax.xml.xpath.XPathConstants.NODE);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
