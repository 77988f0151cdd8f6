package xpathi

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
	"github.com/gin-gonic/gin"
)

func CatalogHandler004(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.GetHeader("X-Sku")
		expr, err := xpath.Compile(strings.Join([]string{"//product[@sku='", sku, "']/price"}, ""))
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.QuerySelectorAll(doc, expr) {
			fmt.Fprintln(c.Writer, node.InnerText())
		}
	}
}
