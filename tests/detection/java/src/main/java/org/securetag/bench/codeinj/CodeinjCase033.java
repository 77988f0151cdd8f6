package org.securetag.bench.codeinj;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.AppConfig;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;

@WebServlet(value = "/codeinj/033")
public class CodeinjCase033 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String supplied = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    supplied = cookie.getValue();
                    break;
                }
            }
        }
        AppConfig config = new AppConfig();
        config.set("lookup", supplied);
        String choice = config.getOrDefault("lookup", "");
        try {
            ExpressionParser parser = new SpelExpressionParser();
            Object result = parser.parseExpression(choice).getValue();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
