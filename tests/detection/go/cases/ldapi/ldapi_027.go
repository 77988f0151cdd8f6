package ldapi

import (
	"fmt"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler027(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := chi.URLParam(r, "user")
		log.Printf("request for %q", user)
		account := "jdoe"
		res, err := conn.Search(&ldap.SearchRequest{
			BaseDN:     "ou=people,dc=example,dc=com",
			Scope:      ldap.ScopeSingleLevel,
			Filter:     "(&(objectClass=person)(uid=" + account + "))",
			Attributes: []string{"uid", "mail"},
		})
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		for _, entry := range res.Entries {
			fmt.Fprintln(w, entry.DN)
		}
	}
}
