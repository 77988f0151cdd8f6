package org.securetag.bench.ldapi;

import java.io.IOException;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.LdapConnections;

@WebServlet(value = "/ldapi/013")
public class LdapiCase013 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    incoming = cookie.getValue();
                    break;
                }
            }
        }
        String entry = "guest";
        if (incoming != null && !incoming.isEmpty()) {
            entry = incoming;
        }
        try {
            DirContext ctx = LdapConnections.open();
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            String filter = "(&(objectClass=person)(uid=" + entry + "))";
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
