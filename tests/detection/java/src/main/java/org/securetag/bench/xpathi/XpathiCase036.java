package org.securetag.bench.xpathi;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Labels;

@WebServlet(value = "/xpathi/036")
public class XpathiCase036 extends HttpServlet {

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
        String input = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        String term = Labels.displayLabel(input);
        try {
            org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
            javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
            String expression = "/users/user[@name='" + term + "']/email";
            String email = xpath.evaluate(expression, doc);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
