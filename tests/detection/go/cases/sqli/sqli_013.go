package sqli

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

func UsersHandler013(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.GetHeader("X-Name")
		rows, err := db.Query(name)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var id int
			var email string
			if err := rows.Scan(&id, &email); err != nil {
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
			fmt.Fprintf(c.Writer, "%d %s\n", id, email)
		}
	}
}
