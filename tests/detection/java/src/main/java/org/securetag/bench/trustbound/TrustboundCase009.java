package org.securetag.bench.trustbound;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.securetag.bench.helpers.AppConfig;

@WebServlet(value = "/trustbound/009")
public class TrustboundCase009 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String raw = values != null && values.length > 0 ? values[0] : "";
        AppConfig config = new AppConfig();
        config.set("lookup", raw);
        String cleaned = config.getOrDefault("lookup", "");
        try {
            HttpSession session = request.getSession();
            session.setAttribute("displayName", "user-" + cleaned);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
