package sqli

import (
	"database/sql"
	"fmt"
	"net/http"
)

func UsersHandler040(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Query().Get("name")
		query := "SELECT id, email FROM users WHERE " + "name = $1" + " ORDER BY id"
		var id int
		var email string
		if err := db.QueryRow(query, name).Scan(&id, &email); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d %s\n", id, email)
	}
}
