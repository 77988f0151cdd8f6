package org.securetag.bench.ldapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ldapi/038")
public class LdapiCase038 extends HttpServlet {

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
        String requested = payload.toString().trim();
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(requested);
        valuesList.add("popular");
        valuesList.remove(0);
        String selected = valuesList.get(0);
        try {
            javax.naming.directory.DirContext ctx = org.securetag.bench.helpers.LdapConnections.open();
            String filter = "(serialNumber=" + org.owasp.esapi.ESAPI.encoder().encodeForLDAP(selected) + ")";
            javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", filter, null);
            boolean found = results.hasMore();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
