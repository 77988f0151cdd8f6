package ldapi

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler029(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		user := c.PostForm("user")
		values := []string{"jdoe"}
		values = append(values, user)
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
			"(&(objectClass=person)(uid="+values[0]+"))", []string{"dn", "mail"}, nil)
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
