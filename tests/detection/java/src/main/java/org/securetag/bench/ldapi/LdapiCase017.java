package org.securetag.bench.ldapi;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ldapi/017")
public class LdapiCase017 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastSelection;

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
        String requested = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        this.lastSelection = requested;
        String selected = this.lastSelection;
        try {
            Hashtable<String, String> env = new Hashtable<String, String>();
            env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
            env.put(Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
            DirContext ctx = new InitialDirContext(env);
            StringBuilder filter = new StringBuilder("(&(objectClass=groupOfNames)(cn=");
            filter.append(selected).append("))");
            SearchControls controls = new SearchControls();
            controls.setReturningAttributes(new String[] {"member"});
            NamingEnumeration<SearchResult> results = ctx.search("ou=groups", filter.toString(), controls);
            int count = 0;
            while (results.hasMore()) {
                results.next();
                count++;
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
