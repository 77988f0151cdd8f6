package sqli

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

func UsersHandler035(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.PostForm("name")
		values := []string{"guest"}
		values = append(values, name)
		tx, err := db.BeginTx(c.Request.Context(), nil)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		defer tx.Rollback()
		if _, err := tx.Exec("SELECT id, email FROM users WHERE name = '" + values[0] + "'"); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		if err := tx.Commit(); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.Writer.WriteHeader(http.StatusNoContent)
	}
}
