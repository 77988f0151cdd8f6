package org.securetag.bench.helpers;

import javax.servlet.http.HttpServletRequest;

/** Reads request parameters the same way in every handler. */
public final class RequestValues {

    private RequestValues() {
    }

    /** The first value of a request parameter, or the empty string. */
    public static String firstParameter(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            return "";
        }
        return values[0];
    }
}
