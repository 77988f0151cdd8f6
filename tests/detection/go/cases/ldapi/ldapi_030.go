package ldapi

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

type state030 struct {
	value string
	owner string
}

func DirectoryHandler030(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		user := r.Form.Get("user")
		st := &state030{owner: "jdoe"}
		st.value = user
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false,
			"(&(objectClass=person)(uid="+st.owner+"))", []string{"cn"}, nil)
		res, err := conn.SearchWithPaging(req, 50)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d entries\n", len(res.Entries))
	}
}
