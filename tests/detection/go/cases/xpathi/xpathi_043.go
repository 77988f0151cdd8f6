package xpathi

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

func plain043(value string) bool {
	return value != "" && !strings.ContainsAny(value, `'"`)
}

func CatalogHandler043(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.GetHeader("X-Sku")
		if !plain043(sku) {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		fields := map[string]string{}
		fields["sku"] = sku
		nodes, err := xmlquery.QueryAll(doc, "//product[@sku='"+fields["sku"]+"']/price")
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		fmt.Fprintf(c.Writer, "%d matches\n", len(nodes))
	}
}
