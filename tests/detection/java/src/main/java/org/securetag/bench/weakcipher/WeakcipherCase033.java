package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakcipher/033")
public class WeakcipherCase033 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String note = request.getParameter("note");
            byte[] plain = note.getBytes(StandardCharsets.UTF_8);
            SecretKey key = KeyGenerator.getInstance("DESede").generateKey();
            Cipher cipher = Cipher.getInstance("DESede/ECB/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, key);
            byte[] sealed = cipher.doFinal(plain);
            request.setAttribute("sealedNote", Base64.getEncoder().encodeToString(sealed));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
