package org.securetag.bench.xpathi;

import java.io.BufferedReader;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xpathi/012")
public class XpathiCase012 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder payload = new StringBuilder();
        try (BufferedReader reader = request.getReader()) {
            String line;
            while ((line = reader.readLine()) != null) {
                payload.append(line);
            }
        }
        String supplied = payload.toString().trim();
        String choice = supplied.trim();
        choice = "alice";
        try {
            org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
            javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
            StringBuilder query = new StringBuilder("/users/user[role='");
            query.append(choice).append("']");
            org.w3c.dom.Node first = (org.w3c.dom.Node) xpath.evaluate(query.toString(), doc, javax.xml.xpath.XPathConstants.NODE);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
