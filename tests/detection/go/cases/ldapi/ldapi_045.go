package ldapi

import (
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler045(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		user := r.Form.Get("user")
		safe, err := helpers.ToID(user)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
			"(&(objectClass=person)(uid="+safe+"))", []string{"dn", "mail"}, nil)
		res, err := conn.Search(req)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		for _, entry := range res.Entries {
			fmt.Fprintln(w, entry.GetAttributeValue("mail"))
		}
	}
}
