package sqli

import (
	"database/sql"
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

var namePattern044 = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func valid044(value string) bool {
	return namePattern044.MatchString(value)
}

func UsersHandler044(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("name")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := ck.Value
		if !valid044(name) {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var sb strings.Builder
		sb.WriteString("SELECT id, email FROM users WHERE name = '")
		sb.WriteString(name)
		sb.WriteString("'")
		res, err := db.ExecContext(r.Context(), sb.String())
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		n, _ := res.RowsAffected()
		fmt.Fprintf(w, "updated %d\n", n)
	}
}
