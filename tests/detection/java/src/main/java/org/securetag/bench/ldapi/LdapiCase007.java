package org.securetag.bench.ldapi;

import java.io.IOException;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchResult;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.LdapConnections;
import org.securetag.bench.helpers.RequestValues;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/ldapi/007")
public class LdapiCase007 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = RequestValues.firstParameter(request, "item");
        String bar = TextUtils.firstNonEmpty(param, "all");
        try {
            DirContext ctx = LdapConnections.open();
            NamingEnumeration<SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", "(serialNumber=" + bar + ")", null);
            boolean found = results.hasMore();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
