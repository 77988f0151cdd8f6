package org.securetag.bench.weakrand;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase014 {

    public List<String> shufflePlaylist(List<String> tracks) {
        java.util.List<String> order = new java.util.ArrayList<String>(tracks);
        java.util.Collections.shuffle(order, new java.util.Random());
        return order;
    }
}
