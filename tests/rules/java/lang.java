// Examples for securetag/rules/java/lang.yaml (`semgrep --test` reads the annotations).
package com.example.lang;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Random;
import javax.crypto.Cipher;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;

public class Lang {
    // ruleid: securetag.java.lang.hardcoded-credentials
    private static final String DB_PASSWORD = "s3cr3t-Pa55word!";
    // ok: securetag.java.lang.hardcoded-credentials
    private static final String SMTP_PASSWORD = System.getenv("SMTP_PASSWORD");
    // ok: securetag.java.lang.hardcoded-credentials
    private static final String PASSWORD_FIELD = "password";

    private boolean httpsOnly = true;

    Object readSession(InputStream body) throws Exception {
        ObjectInputStream in = new ObjectInputStream(body);
        // ruleid: securetag.java.lang.insecure-deserialization
        Object session = in.readObject();
        // ok: securetag.java.lang.insecure-deserialization
        int version = in.readInt();
        return version > 0 ? session : null;
    }

    void parsers() throws Exception {
        // ruleid: securetag.java.lang.xxe
        DocumentBuilderFactory unsafe = DocumentBuilderFactory.newInstance();
        unsafe.newDocumentBuilder();

        // ok: securetag.java.lang.xxe
        DocumentBuilderFactory safe = DocumentBuilderFactory.newInstance();
        safe.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        safe.newDocumentBuilder();

        // ruleid: securetag.java.lang.xxe
        SAXParserFactory sax = SAXParserFactory.newInstance();
        sax.newSAXParser();

        // ok: securetag.java.lang.xxe
        XMLInputFactory stax = XMLInputFactory.newInstance();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    }

    byte[] digest(byte[] data) throws Exception {
        // ruleid: securetag.java.lang.weak-hash
        byte[] weak = MessageDigest.getInstance("MD5").digest(data);
        // ruleid: securetag.java.lang.weak-hash
        byte[] legacy = MessageDigest.getInstance("SHA-1").digest(data);
        // ok: securetag.java.lang.weak-hash
        byte[] strong = MessageDigest.getInstance("SHA-256").digest(data);
        return weak.length > legacy.length ? weak : strong;
    }

    void ciphers() throws Exception {
        // ruleid: securetag.java.lang.weak-cipher
        Cipher des = Cipher.getInstance("DES/CBC/PKCS5Padding");
        // ruleid: securetag.java.lang.weak-cipher
        Cipher defaultMode = Cipher.getInstance("AES");
        // ruleid: securetag.java.lang.weak-cipher
        Cipher ecb = Cipher.getInstance("AES/ECB/PKCS5Padding");
        // ok: securetag.java.lang.weak-cipher
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        System.out.println(des.toString() + defaultMode + ecb + gcm);
    }

    String tokens() {
        Random random = new Random();
        // ruleid: securetag.java.lang.insecure-random
        String resetToken = Long.toHexString(random.nextLong());
        // ruleid: securetag.java.lang.insecure-random
        double sessionSeed = Math.random();
        // ok: securetag.java.lang.insecure-random
        int jitter = random.nextInt(100);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        // ok: securetag.java.lang.insecure-random
        String apiToken = java.util.HexFormat.of().formatHex(bytes);
        return resetToken + sessionSeed + jitter + apiToken;
    }

    void cookies(HttpServletResponse response, String id) {
        Cookie weak = new Cookie("session", id);
        // ruleid: securetag.java.lang.insecure-cookie
        response.addCookie(weak);

        Cookie half = new Cookie("session", id);
        half.setSecure(true);
        // ruleid: securetag.java.lang.insecure-cookie
        response.addCookie(half);

        Cookie strong = new Cookie("session", id);
        strong.setSecure(true);
        strong.setHttpOnly(true);
        // ok: securetag.java.lang.insecure-cookie
        response.addCookie(strong);

        Cookie configured = new Cookie("session", id);
        // ok: securetag.java.lang.insecure-cookie
        configured.setSecure(this.httpsOnly);
        configured.setHttpOnly(true);
        // ok: securetag.java.lang.insecure-cookie
        response.addCookie(configured);

        Cookie readable = new Cookie("theme", "dark");
        readable.setSecure(true);
        // ruleid: securetag.java.lang.insecure-cookie
        readable.setHttpOnly(false);
        response.addCookie(readable);
    }

    Connection connect(String url) throws Exception {
        // ruleid: securetag.java.lang.hardcoded-credentials
        Connection first = DriverManager.getConnection(url, "app", "hunter2");
        // ok: securetag.java.lang.hardcoded-credentials
        Connection second = DriverManager.getConnection(url, "app", System.getenv("DB_PASSWORD"));
        first.close();
        return second;
    }

    void trustEverything(HttpsURLConnection connection) {
        // ruleid: securetag.java.lang.tls-verify-disabled
        connection.setHostnameVerifier((host, session) -> true);
        // ok: securetag.java.lang.tls-verify-disabled
        connection.setHostnameVerifier((host, session) -> host.endsWith(".example.com"));
    }
}

// ruleid: securetag.java.lang.tls-verify-disabled
class TrustAll implements X509TrustManager {
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}

// ok: securetag.java.lang.tls-verify-disabled
class PinnedTrust implements X509TrustManager {
    private final X509TrustManager delegate;

    PinnedTrust(X509TrustManager delegate) {
        this.delegate = delegate;
    }

    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
        delegate.checkServerTrusted(chain, authType);
    }

    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
