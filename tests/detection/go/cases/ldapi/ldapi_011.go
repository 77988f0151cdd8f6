package ldapi

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func build011(value string) string {
	return "(&(objectClass=person)(uid=" + value + "))"
}

func DirectoryHandler011(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := r.FormValue("user")
		res, err := conn.Search(&ldap.SearchRequest{
			BaseDN:     "ou=people,dc=example,dc=com",
			Scope:      ldap.ScopeSingleLevel,
			Filter:     build011(user),
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
