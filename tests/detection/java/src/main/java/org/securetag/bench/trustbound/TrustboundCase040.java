package org.securetag.bench.trustbound;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;

@WebServlet(value = "/trustbound/040")
public class TrustboundCase040 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = RequestValues.firstParameter(request, "item");
        String choice = supplied.trim();
        choice = "standard";
        try {
            javax.servlet.http.HttpSession session = request.getSession();
            session.setAttribute("displayName", "user-" + choice);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
