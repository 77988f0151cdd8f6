package org.securetag.bench.ldapi;

import java.io.IOException;
import java.util.HashMap;
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
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/ldapi/024")
public class LdapiCase024 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String requested = RequestValues.firstParameter(request, "item");
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "jdoe");
        fields.put("keyB", requested);
        String selected = (String) fields.get("keyA");
        try {
            Hashtable<String, String> env = new Hashtable<String, String>();
            env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
            env.put(Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
            DirContext ctx = new InitialDirContext(env);
            NamingEnumeration<SearchResult> results = ctx.search("ou=people", String.format("(mail=%s)", selected), new SearchControls());
            boolean found = results.hasMore();
            ctx.close();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
