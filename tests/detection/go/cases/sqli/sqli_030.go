package sqli

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"example.com/bench/internal/helpers"
)

type payload030 struct {
	Name string `json:"name"`
}

type state030 struct {
	value string
	owner string
}

func UsersHandler030(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload030
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := body.Name
		st := &state030{owner: "guest"}
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
