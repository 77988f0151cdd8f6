package org.securetag.bench.xpathi;

import java.io.IOException;
import java.util.Enumeration;
import java.util.HashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xpathi/024")
public class XpathiCase024 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            requested = headers.nextElement();
        }
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "alice");
        fields.put("keyB", requested);
        String selected = (String) fields.get("keyA");
        try {
            org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
            javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
            Double total = xpath.evaluateExpression("count(//user[department='" + selected + "'])", doc, Double.class);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
