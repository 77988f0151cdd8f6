package sqli

import (
	"database/sql"
	"net/http"

	"example.com/bench/internal/helpers"
)

type state036 struct {
	value string
	owner string
}

func UsersHandler036(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := r.Form.Get("name")
		st := &state036{owner: "guest"}
		st.value = name
		conn, err := helpers.Database()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer conn.Close()
		var email string
		if err := conn.QueryRowContext(r.Context(), "SELECT id, email FROM users WHERE name = '"+st.owner+"'").Scan(&email); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(email))
	}
}
