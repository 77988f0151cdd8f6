package xpathi

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

type payload045 struct {
	Sku string `json:"sku"`
}

func CatalogHandler045(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		var body payload045
		if err := c.ShouldBindJSON(&body); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		sku := body.Sku
		var safe string
		switch sku {
		case "admin", "staff":
			safe = "staff"
		case "guest":
			safe = "guest"
		default:
			safe = "member"
		}
		fields := map[string]string{}
		fields["sku"] = safe
		catalog, err := helpers.Catalog()
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		node, err := xmlquery.Query(catalog, "//product[@sku='"+fields["sku"]+"']/price")
		if err != nil || node == nil {
			http.NotFound(c.Writer, c.Request)
			return
		}
		c.Writer.Write([]byte(node.InnerText()))
	}
}
