package org.securetag.bench.helpers;

/** Escapes a value for use inside an LDAP search filter (RFC 4515). */
public final class LdapEscaper {

    private LdapEscaper() {
    }

    public static String escapeFilter(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\':
                    out.append("\\5c");
                    break;
                case '*':
                    out.append("\\2a");
                    break;
                case '(':
                    out.append("\\28");
                    break;
                case ')':
                    out.append("\\29");
                    break;
                case '\0':
                    out.append("\\00");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
