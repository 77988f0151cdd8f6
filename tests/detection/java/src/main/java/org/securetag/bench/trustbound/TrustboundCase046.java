package org.securetag.bench.trustbound;

import java.io.IOException;
import java.util.Set;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

@WebServlet("/wizard/shipping")
public class TrustboundCase046 extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SHIPPING = Set.of("standard", "express", "pickup");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        String shipping = request.getParameter("shipping");
        if (!SHIPPING.contains(shipping)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown shipping option");
            return;
        }
        session.setAttribute("wizard.shipping", shipping);
        response.sendRedirect("/wizard/payment");
    }
}
