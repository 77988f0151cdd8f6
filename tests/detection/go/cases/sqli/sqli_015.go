package sqli

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload015 struct {
	Name string `json:"name"`
}

func UsersHandler015(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var body payload015
		if err := c.ShouldBindJSON(&body); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		name := body.Name
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
