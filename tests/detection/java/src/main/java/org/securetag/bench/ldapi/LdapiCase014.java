package org.securetag.bench.ldapi;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ldapi/014")
public class LdapiCase014 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = request.getHeader("X-Item-Ref");
        if (param != null) {
            param = URLDecoder.decode(param, "UTF-8");
        }
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(param);
        valuesList.add("popular");
        valuesList.remove(0);
        String bar = valuesList.get(0);
        try {
            java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();
            env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
            env.put(javax.naming.Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
            javax.naming.directory.DirContext ctx = new javax.naming.directory.InitialDirContext(env);
            javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=groups", "(&(objectClass=groupOfNames)(cn={0}))", new Object[] {bar}, new javax.naming.directory.SearchControls());
            boolean found = results.hasMore();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
