package org.securetag.bench.trustbound;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/trustbound/006")
public class TrustboundCase006 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String incoming = values != null && values.length > 0 ? values[0] : "";
        String entry = TextUtils.firstNonEmpty(incoming, "all");
        try {
            HttpSession session = request.getSession(true);
            session.setAttribute("pageSize", Integer.valueOf(Math.min(100, Math.max(1, Integer.parseInt(entry.trim())))));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
