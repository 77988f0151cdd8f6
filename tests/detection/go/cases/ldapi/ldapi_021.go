package ldapi

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

type state021 struct {
	value string
	owner string
}

func DirectoryHandler021(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		user := r.Form.Get("user")
		st := &state021{owner: "system"}
		st.value = user
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
			"(&(objectClass=person)(uid="+st.value+"))", []string{"dn", "mail"}, nil)
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
