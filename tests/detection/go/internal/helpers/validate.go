package helpers

import (
	"html"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/go-ldap/ldap/v3"
)

var identifierPattern = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,64}$`)

// SafeFileName reduces a client-supplied name to its last path element.
func SafeFileName(name string) string {
	return filepath.Base(filepath.Clean("/" + name))
}

// WithinDir joins name to base and reports whether the result stays inside base.
func WithinDir(base, name string) (string, bool) {
	full := filepath.Clean(filepath.Join(base, name))
	return full, strings.HasPrefix(full, filepath.Clean(base)+string(filepath.Separator))
}

// EscapeLDAP escapes a value for use inside an LDAP search filter.
func EscapeLDAP(value string) string {
	return ldap.EscapeFilter(value)
}

// EscapeHTML escapes a value for use in HTML text or attributes.
func EscapeHTML(value string) string {
	return html.EscapeString(value)
}

// IsIdentifier reports whether value is a short name made of letters, digits, '_', '.', '-'.
func IsIdentifier(value string) bool {
	return identifierPattern.MatchString(value)
}

// ToID parses a decimal identifier and formats it back.
func ToID(value string) (string, error) {
	id, err := strconv.Atoi(value)
	if err != nil {
		return "", err
	}
	return strconv.Itoa(id), nil
}

var allowedHosts = map[string]bool{
	"api.example.com":    true,
	"status.example.com": true,
}

// IsAllowedHost reports whether host is one of the partner hosts we call.
func IsAllowedHost(host string) bool {
	return allowedHosts[host]
}

// IsAllowedURL reports whether raw parses as an https URL on an allowed host.
func IsAllowedURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	return u.Scheme == "https" && allowedHosts[u.Hostname()]
}

// IsLocalPath reports whether target is a path on this site (not another origin).
func IsLocalPath(target string) bool {
	if !strings.HasPrefix(target, "/") || strings.HasPrefix(target, "//") || strings.Contains(target, "\\") {
		return false
	}
	u, err := url.Parse(target)
	return err == nil && u.Host == "" && u.Scheme == ""
}
