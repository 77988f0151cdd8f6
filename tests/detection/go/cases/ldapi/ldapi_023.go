package ldapi

import (
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/go-ldap/ldap/v3"
)

func build023(value string) string {
	return "(&(objectClass=person)(uid=" + value + "))"
}

func DirectoryHandler023(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := helpers.Param(r, "user")
		res, err := conn.Search(&ldap.SearchRequest{
			BaseDN:     "ou=people,dc=example,dc=com",
			Scope:      ldap.ScopeSingleLevel,
			Filter:     build023(user),
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
