package org.securetag.bench.ldapi;

import java.io.IOException;
import java.util.Enumeration;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchResult;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.esapi.ESAPI;
import org.securetag.bench.helpers.LdapConnections;

@WebServlet(value = "/ldapi/018")
public class LdapiCase018 extends HttpServlet {

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
        int num = 106;
        String chosen = (7 * 42) - num > 200 ? "featured" : userValue;
        try {
            DirContext ctx = LdapConnections.open();
            String filter = "(serialNumber=" + ESAPI.encoder().encodeForLDAP(chosen) + ")";
            NamingEnumeration<SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", filter, null);
            boolean found = results.hasMore();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
