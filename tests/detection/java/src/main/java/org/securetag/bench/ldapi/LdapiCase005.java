package org.securetag.bench.ldapi;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Map;
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
import org.securetag.bench.helpers.AppConfig;

@WebServlet(value = "/ldapi/005")
public class LdapiCase005 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String supplied = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                supplied = filterValues[0];
            }
        }
        AppConfig config = new AppConfig();
        config.set("lookup", supplied);
        String choice = config.getOrDefault("lookup", "");
        try {
            Hashtable<String, String> env = new Hashtable<String, String>();
            env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
            env.put(Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
            DirContext ctx = new InitialDirContext(env);
            StringBuilder filter = new StringBuilder("(&(objectClass=groupOfNames)(cn=");
            filter.append(choice).append("))");
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
