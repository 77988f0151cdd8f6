package sqli

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
)

func UsersHandler041(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.FormValue("name")
		num, err := strconv.Atoi(name)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		safe := strconv.Itoa(num)
		rows, err := db.Query("SELECT id, email FROM users WHERE name = '" + safe + "'")
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
