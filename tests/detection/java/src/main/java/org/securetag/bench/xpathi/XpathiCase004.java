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

@WebServlet(value = "/xpathi/004")
public class XpathiCase004 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String queryString = request.getQueryString();
        String marker = "key=";
        int start = queryString == null ? -1 : queryString.indexOf(marker);
        if (start < 0) {
            response.sendError(400, "missing key");
            return;
        }
        start += marker.length();
        int end = queryString.indexOf('&', start);
        String userValue = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        int num = 86;
        String chosen = (7 * 42) - num > 200 ? "alice" : userValue;
        try {
            Document doc = XmlStore.usersDocument();
            XPath xpath = XPathFactory.newInstance().newXPath();
            Double total = xpath.evaluateExpression("count(//user[department='" + chosen + "'])", doc, Double.class);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
