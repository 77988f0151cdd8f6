package ldapi

import (
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler038(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("user")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		user := ck.Value
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false,
			fmt.Sprintf("(&(objectClass=person)(uid=%s))", helpers.EscapeLDAP(user)), []string{"cn"}, nil)
		res, err := conn.SearchWithPaging(req, 50)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d entries\n", len(res.Entries))
	}
}
