package ldapi

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

func build041(value string) string {
	return "(&(objectClass=person)(uid=" + value + "))"
}

func DirectoryHandler041(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		user := c.Param("user")
		var safe string
		switch user {
		case "admin", "staff":
			safe = "staff"
		case "guest":
			safe = "guest"
		default:
			safe = "member"
		}
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
			build041(safe), []string{"dn", "mail"}, nil)
		res, err := conn.Search(req)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		for _, entry := range res.Entries {
			fmt.Fprintln(c.Writer, entry.GetAttributeValue("mail"))
		}
	}
}
