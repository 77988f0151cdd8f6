package org.securetag.bench.ldapi;

import java.io.BufferedReader;
import java.io.IOException;
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
import org.securetag.bench.helpers.LdapEscaper;

@WebServlet(value = "/ldapi/006")
public class LdapiCase006 extends HttpServlet {

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
        String incoming = payload.toString().trim();
        int num = 106;
        String entry = (7 * 42) - num > 200 ? "featured" : incoming;
        try {
            Hashtable<String, String> env = new Hashtable<String, String>();
            env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
            env.put(Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
            DirContext ctx = new InitialDirContext(env);
            String filter = "(mail=" + LdapEscaper.escapeFilter(entry) + ")";
            NamingEnumeration<SearchResult> results = ctx.search("ou=people", filter, new SearchControls());
            boolean found = results.hasMore();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
