package sqli

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

func UsersHandler007(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := mux.Vars(r)["name"]
		fields := map[string]string{}
		fields["name"] = name
		rows, err := db.Query("SELECT id, email FROM users WHERE name = '" + fields["name"] + "'")
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
