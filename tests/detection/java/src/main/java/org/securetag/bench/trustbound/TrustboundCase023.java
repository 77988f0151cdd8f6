package org.securetag.bench.trustbound;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/trustbound/023")
public class TrustboundCase023 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String raw = RequestValues.firstParameter(request, "item");
        String cleaned = String.join(" ", raw.trim().split("\\s+"));
        try {
            javax.servlet.http.HttpSession session = request.getSession(true);
            session.putValue("cartNote", cleaned);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
