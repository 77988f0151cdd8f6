package sqli

import (
	"database/sql"
	"net/http"
)

type options026 struct {
	Value string
}

func UsersHandler026(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.FormValue("name")
		opts := options026{Value: name}
		opts.Value = "guest"
		var email string
		if err := db.QueryRow("SELECT id, email FROM users WHERE name = '" + opts.Value + "'").Scan(&email); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(email))
	}
}
