package org.securetag.bench.ssti;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssti/020")
public class SstiCase020 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static String choose(String requested) {
        switch (requested) {
            case "second":
                return "Your order has shipped";
            default:
                return "Welcome back to $siteName";
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String incoming = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    incoming = cookie.getValue();
                    break;
                }
            }
        }
        String entry = choose(incoming);
        try {
            freemarker.template.Configuration cfg = new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_31);
            java.util.Map<String, Object> model = new java.util.HashMap<String, Object>();
            model.put("siteName", "Example Store");
            java.io.StringWriter out = new java.io.StringWriter();
            freemarker.template.Template template = new freemarker.template.Template("inline", new java.io.StringReader(entry), cfg);
            template.process(model, out);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
