package org.securetag.bench.codeinj;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

@WebServlet(value = "/codeinj/021")
public class CodeinjCase021 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = request.getHeader("X-Item-Ref");
        if (param != null) {
            param = URLDecoder.decode(param, "UTF-8");
        }
        try {
            ExpressionParser parser = new SpelExpressionParser();
            Expression expression = parser.parseExpression("'Hello, ' + " + param);
            Object greeting = expression.getValue(new StandardEvaluationContext());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
