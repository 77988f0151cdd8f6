package xpathi

import (
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
)

func CatalogHandler029(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := helpers.Param(r, "sku")
		values := []string{"A100"}
		values = append(values, sku)
		expr, err := xpath.Compile("//product[@sku='" + values[0] + "']/price")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.QuerySelectorAll(doc, expr) {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
