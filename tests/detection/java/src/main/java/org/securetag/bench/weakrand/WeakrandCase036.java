package org.securetag.bench.weakrand;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakrand/036")
public class WeakrandCase036 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String[] colors = {"#e57373", "#64b5f6", "#81c784", "#ffb74d"};
            String avatarColor = colors[(int) (Math.random() * colors.length)];
            request.setAttribute("avatarColor", avatarColor);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
