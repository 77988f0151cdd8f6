package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase011 {

    private static final String SIGNING_KEY_PEM =
            "-----BEGIN RSA PRIVATE KEY-----\n"
            + "MIIEpAIBAAKCAQEA2IhZz/nzelYm4lnioOifkhjgl3htGfCnDCPNy+1ZJSa7Yu2M\n"
            + "gBUuE0al9mBodFVJ56LBOm+z5osYRTTpUy6ztoqRjqfY65hxcB1IIOmbaQTHYW6q\n"
            + "cywJPmkMip2adci3pXUNhB/9xElrT7eQ8x1DJb8CZQVzoNtiPPxq59PrWi5xlLK6\n"
            + "mbbrW5JNhi8RJITzwosupV1bBoxW7DxsvzYjj1VXAE+3hiJGnseEcjhbqlGqKAC7\n"
            + "oLlbYdfOvhaOuQeBklvnJuki3jStMvrpWCHL/A7WujzMFg7XiZCMNX5Hk1+43osM\n"
            + "KM7ekkYEe3l2XF1mr0ac9TGjYQYFzO3SD3YQFb5aJhGffoSVG5kL8B4LLl94TOz2\n"
            + "wN7hbS9eEVDKNinnQBl8==\n"
            + "-----END RSA PRIVATE KEY-----\n";

    public String signingKey() {
        return SIGNING_KEY_PEM;
    }
}
