package org.securetag.bench.trustbound;

import java.io.IOException;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.TextUtils;

@WebServlet(value = "/trustbound/018")
public class TrustboundCase018 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userValue = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    userValue = cookie.getValue();
                    break;
                }
            }
        }
        String chosen = TextUtils.firstNonEmpty(userValue, "all");
        try {
            Set<String> plans = Set.of("standard", "premium", "enterprise");
            if (!plans.contains(chosen)) {
                throw new IllegalArgumentException("unknown plan");
            }
            request.getSession().setAttribute("plan", chosen);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
