package ldapi

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

type state044 struct {
	value string
	owner string
}

func DirectoryHandler044(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		user := c.PostForm("user")
		if !helpers.IsIdentifier(user) {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		st := &state044{owner: "system"}
		st.value = user
		dir, err := helpers.Directory()
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		defer dir.Close()
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 0, false,
			"(&(objectClass=person)(uid="+st.value+"))", []string{"memberOf"}, nil)
		res, err := dir.Search(req)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		if len(res.Entries) == 0 {
			c.Writer.WriteHeader(http.StatusForbidden)
			return
		}
		c.Writer.WriteHeader(http.StatusNoContent)
	}
}
