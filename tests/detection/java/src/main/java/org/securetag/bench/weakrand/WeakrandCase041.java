package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase041 {

    public String unsubscribeLink(String email) {
        return "https://mail.example.com/unsubscribe?u=" + email + "&t=" + (long) (Math.random() * Long.MAX_VALUE);
    }
}
