package sqli

import (
	"database/sql"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func UsersHandler018(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.Query("name")
		values := make([]string, 0, 4)
		values = append(values, name)
		conn, err := helpers.Database()
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		defer conn.Close()
		var email string
		if err := conn.QueryRowContext(c.Request.Context(), "SELECT id, email FROM users WHERE name = '"+values[0]+"'").Scan(&email); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.Writer.Write([]byte(email))
	}
}
