package org.securetag.bench.xss;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

@WebServlet("/debug/parameters")
public class XssCase046 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            rows.append("<tr><td>").append(HtmlUtils.htmlEscape(entry.getKey())).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(String.join(", ", entry.getValue()))).append("</td></tr>");
        }
        PrintWriter out = response.getWriter();
        out.println("<table>");
        out.println(rows);
        out.println("</table>");
    }
}
