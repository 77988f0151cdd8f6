package sqli

import (
	"database/sql"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
)

func UsersHandler008(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.Param("name")
		settings := helpers.NewSettings()
		settings.Set("name", name)
		var email string
		if err := db.QueryRow("SELECT id, email FROM users WHERE name = '" + settings.Get("name") + "'").Scan(&email); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.Writer.Write([]byte(email))
	}
}
