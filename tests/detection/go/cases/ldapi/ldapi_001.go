package ldapi

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
	"github.com/gorilla/mux"
)

func DirectoryHandler001(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := mux.Vars(r)["user"]
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
			user, []string{"dn", "mail"}, nil)
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
