// Package helpers holds small utilities that the benchmark handlers share.
// They live in their own package so that data flows through a call into
// another module, as it does in real services.
package helpers

import (
	"net/http"
	"strings"
)

// Normalize trims surrounding white space from a request value.
func Normalize(value string) string {
	return strings.TrimSpace(value)
}

// Concat joins the parts without a separator.
func Concat(parts ...string) string {
	return strings.Join(parts, "")
}

// Param returns a query-string parameter of the request.
func Param(r *http.Request, key string) string {
	return r.URL.Query().Get(key)
}

// Settings is a small key-value store for per-request options.
type Settings struct {
	values map[string]string
}

// NewSettings returns an empty store.
func NewSettings() *Settings {
	return &Settings{values: map[string]string{}}
}

// Set stores value under key.
func (s *Settings) Set(key, value string) {
	s.values[key] = value
}

// Get returns the value stored under key, or "".
func (s *Settings) Get(key string) string {
	return s.values[key]
}
