package sqli

import (
	"database/sql"
	"fmt"
	"net/http"
	"strings"
)

func UsersHandler004(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.Header.Get("X-Name")
		res, err := db.ExecContext(r.Context(), strings.Join([]string{"SELECT id, email FROM users WHERE name = '", name, "'"}, ""))
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		n, _ := res.RowsAffected()
		fmt.Fprintf(w, "updated %d\n", n)
	}
}
