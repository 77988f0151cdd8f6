package org.securetag.bench.ldapi;

import java.io.IOException;
import java.net.URLDecoder;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.LdapConnections;

@WebServlet(value = "/ldapi/001")
public class LdapiCase001 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = request.getHeader("X-Item-Ref");
        if (input != null) {
            input = URLDecoder.decode(input, "UTF-8");
        }
        StringBuilder assembled = new StringBuilder();
        assembled.append(input.trim());
        String term = assembled.toString();
        try {
            DirContext ctx = LdapConnections.open();
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            String filter = "(&(objectClass=person)(uid=" + term + "))";
            NamingEnumeration<SearchResult> results = ctx.search("ou=people,dc=example,dc=com", filter, controls);
            while (results.hasMore()) {
                SearchResult result = results.next();
                request.setAttribute("dn", result.getNameInNamespace());
            }
            ctx.close();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
