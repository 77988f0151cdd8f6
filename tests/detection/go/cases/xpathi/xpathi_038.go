package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

func CatalogHandler038(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.Param("sku")
		var safe string
		switch sku {
		case "admin", "staff":
			safe = "staff"
		case "guest":
			safe = "guest"
		default:
			safe = "member"
		}
		nodes, err := xmlquery.QueryAll(doc, fmt.Sprintf("//product[@sku='%s']/price", safe))
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		fmt.Fprintf(c.Writer, "%d matches\n", len(nodes))
	}
}
