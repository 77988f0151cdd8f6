package org.securetag.bench.xpathi;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.w3c.dom.Document;

@WebServlet(value = "/xpathi/011")
public class XpathiCase011 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = request.getHeader("X-Item-Ref");
        if (userValue != null) {
            userValue = URLDecoder.decode(userValue, "UTF-8");
        }
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String chosen;
        switch (switchTarget) {
            case 'A':
                chosen = userValue;
                break;
            case 'B':
                chosen = "bob";
                break;
            case 'C':
            case 'D':
                chosen = userValue;
                break;
            default:
                chosen = "bob's your uncle";
                break;
        }
        try {
            Document doc = XmlStore.usersDocument();
            XPath xpath = XPathFactory.newInstance().newXPath();
            String expression = "/users/user[@name='" + chosen + "']/email";
            String email = xpath.evaluate(expression, doc);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
