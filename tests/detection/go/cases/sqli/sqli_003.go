package sqli

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

func UsersHandler003(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.Query("name")
		rows, err := db.QueryContext(c.Request.Context(), fmt.Sprintf("SELECT id, email FROM users WHERE name = '%s'", name))
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		count := 0
		for rows.Next() {
			count++
		}
		fmt.Fprintf(c.Writer, "%d rows\n", count)
	}
}
