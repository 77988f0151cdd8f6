package ldapi

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler034(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := r.URL.Query().Get("user")
		fields := map[string]string{"fallback": "jdoe"}
		fields["user"] = user
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false,
			"(&(objectClass=person)(uid="+fields["fallback"]+"))", []string{"cn"}, nil)
		res, err := conn.SearchWithPaging(req, 50)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d entries\n", len(res.Entries))
	}
}
