package ldapi

import (
	"net/http"
	"strconv"
	"strings"

	"example.com/bench/internal/helpers"
	"github.com/go-ldap/ldap/v3"
	"github.com/gorilla/mux"
)

func DirectoryHandler040(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := mux.Vars(r)["user"]
		num, err := strconv.Atoi(user)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		safe := strconv.Itoa(num)
		var sb strings.Builder
		sb.WriteString("(&(objectClass=person)(uid=")
		sb.WriteString(safe)
		sb.WriteString("))")
		dir, err := helpers.Directory()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer dir.Close()
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 0, false,
			sb.String(), []string{"memberOf"}, nil)
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
