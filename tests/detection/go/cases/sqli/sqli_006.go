package sqli

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"example.com/bench/internal/helpers"
)

type payload006 struct {
	Name string `json:"name"`
}

func UsersHandler006(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload006
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := body.Name
		values := make([]string, 0, 4)
		values = append(values, name)
		conn, err := helpers.Database()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer conn.Close()
		var email string
		if err := conn.QueryRowContext(r.Context(), "SELECT id, email FROM users WHERE name = '"+values[0]+"'").Scan(&email); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(email))
	}
}
