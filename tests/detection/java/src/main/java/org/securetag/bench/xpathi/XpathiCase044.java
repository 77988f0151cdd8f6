package org.securetag.bench.xpathi;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.InputValidators;
import org.securetag.bench.helpers.XmlStore;
import org.w3c.dom.Document;

@WebServlet(value = "/xpathi/044")
public class XpathiCase044 extends HttpServlet {

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
        String raw = payload.toString().trim();
        String cleaned = InputValidators.requireOneOf(raw, Set.of("alice", "bob"));
        try {
            Document doc = XmlStore.usersDocument();
            XPath xpath = XPathFactory.newInstance().newXPath();
            Double total = xpath.evaluateExpression("count(//user[department='" + cleaned + "'])", doc, Double.class);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
