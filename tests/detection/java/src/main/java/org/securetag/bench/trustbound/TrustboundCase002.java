package org.securetag.bench.trustbound;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/trustbound/002")
public class TrustboundCase002 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            raw = headers.nextElement();
        }
        String cleaned = String.join(" ", raw.trim().split("\\s+"));
        try {
            Set<String> plans = Set.of("standard", "premium", "enterprise");
            if (!plans.contains(cleaned)) {
                throw new IllegalArgumentException("unknown plan");
            }
            request.getSession().setAttribute("plan", cleaned);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
