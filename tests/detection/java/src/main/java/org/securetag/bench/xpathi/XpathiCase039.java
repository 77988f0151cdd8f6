package org.securetag.bench.xpathi;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.TextUtils;
import org.securetag.bench.helpers.XmlStore;
import org.w3c.dom.Document;

@WebServlet(value = "/xpathi/039")
public class XpathiCase039 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            userValue = headers.nextElement();
        }
        String chosen = TextUtils.collapseWhitespace(userValue);
        try {
            Document doc = XmlStore.usersDocument();
            XPath xpath = XPathFactory.newInstance().newXPath();
            Double total = xpath.evaluateExpression("count(//user[department='" + chosen + "'])", doc, Double.class);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
