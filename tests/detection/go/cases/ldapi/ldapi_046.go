package ldapi

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler046(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		user := c.GetHeader("X-User")
		safe := ldap.EscapeFilter(user)
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false,
			safe, []string{"cn"}, nil)
		res, err := conn.SearchWithPaging(req, 50)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(c.Writer, "%d entries\n", len(res.Entries))
	}
}
