package org.securetag.bench.weakrand;

import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase024 {

    public String tipOfTheDay(List<String> tips) {
        Random random = new Random();
        return tips.get(random.nextInt(tips.size()));
    }
}
