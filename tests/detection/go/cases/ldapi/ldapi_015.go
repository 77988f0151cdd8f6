package ldapi

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

type payload015 struct {
	User string `json:"user"`
}

func DirectoryHandler015(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload015
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		user := body.User
		res, err := conn.Search(&ldap.SearchRequest{
			BaseDN:     "ou=people,dc=example,dc=com",
			Scope:      ldap.ScopeSingleLevel,
			Filter:     fmt.Sprintf("(&(objectClass=person)(uid=%s))", user),
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
