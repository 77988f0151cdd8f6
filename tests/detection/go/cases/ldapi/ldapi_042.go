package ldapi

import (
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler042(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := chi.URLParam(r, "user")
		allowed := map[string]bool{"alice": true, "bob": true, "carol": true}
		if !allowed[user] {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false,
			user, []string{"cn"}, nil)
		res, err := conn.SearchWithPaging(req, 50)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d entries\n", len(res.Entries))
	}
}
