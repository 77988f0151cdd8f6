package org.securetag.bench.ldapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ldapi/002")
public class LdapiCase002 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    raw = cookie.getValue();
                    break;
                }
            }
        }
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(raw);
        valuesList.add("popular");
        valuesList.remove(0);
        String cleaned = valuesList.get(0);
        try {
            javax.naming.directory.DirContext ctx = org.securetag.bench.helpers.LdapConnections.open();
            javax.naming.directory.SearchControls controls = new javax.naming.directory.SearchControls();
            controls.setSearchScope(javax.naming.directory.SearchControls.SUBTREE_SCOPE);
            javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(uid={0}))", new Object[] {cleaned}, controls);
            while (results.hasMore()) {
                javax.naming.directory.SearchResult result = results.next();
                request.setAttribute("dn", result.getNameInNamespace());
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
