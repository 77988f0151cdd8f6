package ldapi

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/go-ldap/ldap/v3"
)

type options032 struct {
	Value string
}

func DirectoryHandler032(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := helpers.Param(r, "user")
		opts := options032{Value: user}
		opts.Value = "jdoe"
		dir, err := helpers.Directory()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer dir.Close()
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 0, false,
			"(&(objectClass=person)(uid="+opts.Value+"))", []string{"memberOf"}, nil)
		res, err := dir.Search(req)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		if len(res.Entries) == 0 {
			w.WriteHeader(http.StatusForbidden)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
