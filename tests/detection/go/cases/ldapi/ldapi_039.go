package ldapi

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/go-ldap/ldap/v3"
)

type payload039 struct {
	User string `json:"user"`
}

var filterEscaper039 = strings.NewReplacer(`\`, `\5c`, "*", `\2a`, "(", `\28`, ")", `\29`, "\x00", `\00`)

func quote039(value string) string {
	return filterEscaper039.Replace(value)
}

func DirectoryHandler039(conn *ldap.Conn) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload039
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		user := body.User
		res, err := conn.Search(&ldap.SearchRequest{
			BaseDN:     "ou=people,dc=example,dc=com",
			Scope:      ldap.ScopeSingleLevel,
			Filter:     strings.Join([]string{"(&(objectClass=person)(uid=", quote039(user), "))"}, ""),
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
