// Examples for securetag/scanning/rules/java/lang.yaml (`semgrep --test` reads the annotations).
package com.example.lang;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.X509TrustManager;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import org.apache.commons.codec.digest.DigestUtils;

public class Lang {
    private static final String LEGACY_DIGEST = "MD5";
    private static final Random RANDOM = new Random();
    private static final Random STRONG = new SecureRandom();

    // ruleid: securetag.java.lang.hardcoded-credentials
    private static final String DB_PASSWORD = "s3cr3t-Pa55word!";
    // ok: securetag.java.lang.hardcoded-credentials
    private static final String SMTP_PASSWORD = System.getenv("SMTP_PASSWORD");
    // ok: securetag.java.lang.hardcoded-credentials
    private static final String PASSWORD_FIELD = "password";
    // ok: securetag.java.lang.hardcoded-credentials
    private static final String API_TOKEN = "${API_TOKEN}";
    // ruleid: securetag.java.lang.hardcoded-credentials
    private static final String DEPLOY_KEY_ID = "AKIAIOSFODNN7EXAMPLQ";

    private boolean httpsOnly = true;

    void parsers(InputStream body) throws Exception {
        DocumentBuilderFactory unsafe = DocumentBuilderFactory.newInstance();
        // ruleid: securetag.java.lang.xxe
        unsafe.newDocumentBuilder().parse(body);

        javax.xml.parsers.DocumentBuilderFactory safe = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        safe.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = safe.newDocumentBuilder();
        // ok: securetag.java.lang.xxe
        builder.parse(body);

        SAXParserFactory sax = SAXParserFactory.newInstance();
        // ruleid: securetag.java.lang.xxe
        sax.newSAXParser().parse(body, new org.xml.sax.helpers.DefaultHandler());

        XMLInputFactory stax = XMLInputFactory.newInstance();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        // ok: securetag.java.lang.xxe
        stax.createXMLStreamReader(body);
    }

    byte[] digest(byte[] data, Properties config) throws Exception {
        // ruleid: securetag.java.lang.weak-hash
        byte[] weak = MessageDigest.getInstance("MD5").digest(data);
        // ruleid: securetag.java.lang.weak-hash
        byte[] legacy = java.security.MessageDigest.getInstance(LEGACY_DIGEST).digest(data);
        String configured = config.getProperty("digest.algorithm", "SHA1");
        // ruleid: securetag.java.lang.weak-hash
        MessageDigest fromConfig = MessageDigest.getInstance(configured);
        // ruleid: securetag.java.lang.weak-hash
        String hex = DigestUtils.md5Hex(data);
        // ok: securetag.java.lang.weak-hash
        byte[] strong = MessageDigest.getInstance("SHA-256").digest(data);
        // ok: securetag.java.lang.weak-hash
        String sha = DigestUtils.sha256Hex(data);
        return weak.length > legacy.length ? weak : strong;
    }

    void ciphers(Properties config) throws Exception {
        // ruleid: securetag.java.lang.weak-cipher
        Cipher des = Cipher.getInstance("DES/CBC/PKCS5Padding");
        // ruleid: securetag.java.lang.weak-cipher
        Cipher defaultMode = javax.crypto.Cipher.getInstance("AES");
        // ruleid: securetag.java.lang.weak-cipher
        Cipher ecb = Cipher.getInstance("AES/ECB/PKCS5Padding");
        // ruleid: securetag.java.lang.weak-cipher
        Cipher fromConfig = Cipher.getInstance(config.getProperty("cipher", "DESede/ECB/PKCS5Padding"));
        // ruleid: securetag.java.lang.weak-cipher
        KeyGenerator desKeys = KeyGenerator.getInstance("DES");
        // ok: securetag.java.lang.weak-cipher
        KeyGenerator aesKeys = KeyGenerator.getInstance("AES");
        // ok: securetag.java.lang.weak-cipher
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: securetag.java.lang.weak-cipher
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        System.out.println(des.toString() + defaultMode + ecb + gcm + fromConfig + desKeys + aesKeys + rsa);
    }

    String issue(HttpServletRequest request, HttpServletResponse response) {
        Random random = new Random();
        String value = Long.toHexString(random.nextLong());
        // ruleid: securetag.java.lang.insecure-random, securetag.java.lang.cookie-missing-secure, securetag.java.lang.cookie-missing-httponly
        response.addCookie(new Cookie("remember", value));
        // ruleid: securetag.java.lang.insecure-random
        request.getSession().setAttribute("csrf", Double.toString(Math.random()));
        // ok: securetag.java.lang.insecure-random
        int jitter = random.nextInt(100);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        // ok: securetag.java.lang.insecure-random
        String apiToken = java.util.HexFormat.of().formatHex(bytes);
        // ruleid: securetag.java.lang.insecure-random
        String resetCode = Integer.toString(RANDOM.nextInt(1000000));
        // ok: securetag.java.lang.insecure-random
        String otpCode = Integer.toString(STRONG.nextInt(1000000));
        return value + jitter + apiToken + resetCode + otpCode;
    }

    java.util.List<String> tipsOfTheDay(java.util.List<String> tips) {
        Random random = new Random();
        java.util.List<String> shuffled = new java.util.ArrayList<>(tips);
        // ok: securetag.java.lang.insecure-random
        java.util.Collections.shuffle(shuffled, random);
        return shuffled;
    }

    void cookies(HttpServletResponse response, String id) {
        javax.servlet.http.Cookie weak = new javax.servlet.http.Cookie("session", id);
        // ruleid: securetag.java.lang.cookie-missing-secure, securetag.java.lang.cookie-missing-httponly
        response.addCookie(weak);

        Cookie half = new Cookie("session", id);
        half.setSecure(true);
        // ok: securetag.java.lang.cookie-missing-secure
        // ruleid: securetag.java.lang.cookie-missing-httponly
        response.addCookie(half);

        Cookie strong = new Cookie("session", id);
        strong.setSecure(true);
        strong.setHttpOnly(true);
        // ok: securetag.java.lang.cookie-missing-secure, securetag.java.lang.cookie-missing-httponly
        response.addCookie(strong);

        Cookie configured = new Cookie("session", id);
        configured.setSecure(this.httpsOnly);
        configured.setHttpOnly(true);
        // ok: securetag.java.lang.cookie-missing-secure, securetag.java.lang.cookie-missing-httponly
        response.addCookie(configured);

        Cookie readable = new Cookie("theme", "dark");
        // ruleid: securetag.java.lang.cookie-missing-secure
        readable.setSecure(false);
        // ruleid: securetag.java.lang.cookie-missing-httponly
        readable.setHttpOnly(false);

        // ruleid: securetag.java.lang.cookie-missing-secure
        org.springframework.http.ResponseCookie plain = org.springframework.http.ResponseCookie.from("sid", id).httpOnly(true).build();
        // ok: securetag.java.lang.cookie-missing-secure
        org.springframework.http.ResponseCookie secure = org.springframework.http.ResponseCookie.from("sid", id).secure(true).httpOnly(true).build();
    }

    Connection connect(String url) throws Exception {
        // ruleid: securetag.java.lang.hardcoded-credentials
        Connection first = DriverManager.getConnection(url, "app", "hunter2");
        // ok: securetag.java.lang.hardcoded-credentials
        Connection second = DriverManager.getConnection(url, "app", System.getenv("DB_PASSWORD"));
        // ruleid: securetag.java.lang.hardcoded-credentials
        Connection third = DriverManager.getConnection("jdbc:postgresql://db/app?user=app&password=Tr0ub4dor3");
        first.close();
        third.close();
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
