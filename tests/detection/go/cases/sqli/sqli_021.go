package sqli

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
)

type payload021 struct {
	Name string `json:"name"`
}

type state021 struct {
	value string
	owner string
}

func UsersHandler021(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload021
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := body.Name
		st := &state021{owner: "system"}
		st.value = name
		rows, err := db.QueryContext(r.Context(), "SELECT id, email FROM users WHERE name = '"+st.value+"'")
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		count := 0
		for rows.Next() {
			count++
		}
		fmt.Fprintf(w, "%d rows\n", count)
	}
}
