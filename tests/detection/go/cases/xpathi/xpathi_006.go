package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

type payload006 struct {
	Sku string `json:"sku"`
}

func CatalogHandler006(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		var body payload006
		if err := c.ShouldBindJSON(&body); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		sku := body.Sku
		values := make([]string, 0, 4)
		values = append(values, sku)
		for _, node := range xmlquery.Find(doc, "//product[@sku='"+values[0]+"']/price") {
			fmt.Fprintln(c.Writer, node.InnerText())
		}
	}
}
