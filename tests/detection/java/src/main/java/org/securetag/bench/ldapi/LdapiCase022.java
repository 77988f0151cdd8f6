package org.securetag.bench.ldapi;

import java.io.IOException;
import java.util.Locale;
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

@WebServlet(value = "/ldapi/022")
public class LdapiCase022 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String input = values != null && values.length > 0 ? values[0] : "";
        String term = normalizeCase(input);
        try {
            DirContext ctx = LdapConnections.open();
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            NamingEnumeration<SearchResult> results = ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(uid={0}))", new Object[] {term}, controls);
            while (results.hasMore()) {
                SearchResult result = results.next();
                request.setAttribute("dn", result.getNameInNamespace());
            }
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
