package org.securetag.bench.helpers;

import java.nio.file.Path;

/** Resolves user-supplied names below a base directory. */
public final class PathGuard {

    private PathGuard() {
    }

    /** The normalized path of name below base; throws when it would leave base. */
    public static Path resolveInside(Path base, String name) {
        Path root = base.toAbsolutePath().normalize();
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("path outside base directory");
        }
        return target;
    }
}
