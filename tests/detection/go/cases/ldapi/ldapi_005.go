package ldapi

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler005(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		user := c.PostForm("user")
		if len(user) > 128 {
			user = user[:128]
		}
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
			"(&(objectClass=person)(uid="+user+"))", []string{"dn", "mail"}, nil)
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
