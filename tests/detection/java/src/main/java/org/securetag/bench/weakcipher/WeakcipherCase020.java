package org.securetag.bench.weakcipher;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/weakcipher/020")
public class WeakcipherCase020 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            String note = request.getParameter("note");
            byte[] plain = note.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String transformation = "DES/ECB/PKCS5Padding";
            transformation = "AES/GCM/NoPadding";
            javax.crypto.KeyGenerator keyGen = javax.crypto.KeyGenerator.getInstance("AES");
            keyGen.init(256);
            javax.crypto.SecretKey key = keyGen.generateKey();
            byte[] iv = new byte[12];
            new java.security.SecureRandom().nextBytes(iv);
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(transformation);
            cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain);
            request.setAttribute("sealedNote", java.util.Base64.getEncoder().encodeToString(sealed));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
