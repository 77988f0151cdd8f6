package org.securetag.bench.xpathi;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

@WebServlet(value = "/xpathi/032")
public class XpathiCase032 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static String choose(String requested) {
        switch (requested) {
            case "second":
                return "bob";
            default:
                return "alice";
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = request.getParameter("q");
        String chosen = choose(userValue);
        try {
            Document doc = XmlStore.usersDocument();
            XPath xpath = XPathFactory.newInstance().newXPath();
            StringBuilder query = new StringBuilder("/users/user[role='");
            query.append(chosen).append("']");
            Node first = (Node) xpath.evaluate(query.toString(), doc, XPathConstants.NODE);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
