package sqli

import (
	"database/sql"
	"fmt"
	"net/http"
)

func UsersHandler025(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Query().Get("name")
		arg := "SELECT id, email FROM users WHERE name = '" + "guest" + "'"
		if 7*6 < 40 {
			arg = "SELECT id, email FROM users WHERE name = '" + name + "'"
		}
		rows, err := db.Query(arg)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var id int
			var email string
			if err := rows.Scan(&id, &email); err != nil {
				http.Error(w, "internal error", http.StatusInternalServerError)
				return
			}
			fmt.Fprintf(w, "%d %s\n", id, email)
		}
	}
}
