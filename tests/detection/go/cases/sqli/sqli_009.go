package sqli

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type state009 struct {
	value string
	owner string
}

func UsersHandler009(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := chi.URLParam(r, "name")
		st := &state009{owner: "system"}
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
