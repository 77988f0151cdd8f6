package ldapi

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler010(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := r.URL.Query().Get("user")
		var sb strings.Builder
		sb.WriteString("(&(objectClass=person)(uid=")
		sb.WriteString(user)
		sb.WriteString("))")
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false,
			sb.String(), []string{"cn"}, nil)
		res, err := conn.SearchWithPaging(req, 50)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d entries\n", len(res.Entries))
	}
}
