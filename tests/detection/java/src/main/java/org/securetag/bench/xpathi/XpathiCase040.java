package org.securetag.bench.xpathi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

@WebServlet(value = "/xpathi/040")
public class XpathiCase040 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    supplied = cookie.getValue();
                    break;
                }
            }
        }
        Set<String> allowed = Set.of("alice", "bob");
        String choice = allowed.contains(supplied) ? supplied : "alice";
        try {
            XPathFactory factory = XPathFactory.newInstance();
            XPath xpath = factory.newXPath();
            try (InputStream catalog = getClass().getResourceAsStream("/catalog.xml")) {
                String price = xpath.evaluate("/catalog/item[@sku='" + choice + "']/price", new InputSource(catalog));
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
