package ldapi

import (
	"fmt"
	"net/http"
	"regexp"

	"github.com/go-ldap/ldap/v3"
)

var namePattern043 = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func valid043(value string) bool {
	return namePattern043.MatchString(value)
}

func DirectoryHandler043(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := r.PostFormValue("user")
		if !valid043(user) {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		fields := map[string]string{}
		fields["user"] = user
		res, err := conn.Search(&ldap.SearchRequest{
			BaseDN:     "ou=people,dc=example,dc=com",
			Scope:      ldap.ScopeSingleLevel,
			Filter:     "(&(objectClass=person)(uid=" + fields["user"] + "))",
			Attributes: []string{"uid", "mail"},
		})
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		for _, entry := range res.Entries {
			fmt.Fprintln(w, entry.DN)
		}
	}
}
