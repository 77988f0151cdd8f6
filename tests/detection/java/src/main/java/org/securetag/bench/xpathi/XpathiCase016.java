package org.securetag.bench.xpathi;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.w3c.dom.Document;

@WebServlet(value = "/xpathi/016")
public class XpathiCase016 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String raw = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                raw = filterValues[0];
            }
        }
        String note = "requested: " + raw;
        String cleaned = "alice";
        Logger.getLogger("audit").fine("note length " + note.length());
        try {
            Document doc = XmlStore.usersDocument();
            XPath xpath = XPathFactory.newInstance().newXPath();
            String expression = "/users/user[@name='" + cleaned + "']/email";
            String email = xpath.evaluate(expression, doc);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
