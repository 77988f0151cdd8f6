package org.securetag.bench.trustbound;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/trustbound/008")
public class TrustboundCase008 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = RequestValues.firstParameter(request, "item");
        Set<String> allowed = Set.of("standard", "premium");
        String term = allowed.contains(input) ? input : "standard";
        try {
            request.getSession().setAttribute("recentFilters", List.of(term, "all"));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
