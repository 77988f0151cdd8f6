package org.securetag.bench.ldapi;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/ldapi/039")
public class LdapiCase039 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = RequestValues.firstParameter(request, "item");
        String chosen = tidy(userValue);
        try {
            java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();
            env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
            env.put(javax.naming.Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
            javax.naming.directory.DirContext ctx = new javax.naming.directory.InitialDirContext(env);
            javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=people", String.format("(mail=%s)", chosen), new javax.naming.directory.SearchControls());
            boolean found = results.hasMore();
            ctx.close();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
