package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
)

func CatalogHandler034(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.Header.Get("X-Sku")
		fields := map[string]string{"fallback": "A100"}
		fields["sku"] = sku
		expr, err := xpath.Compile("//product[@sku='" + fields["fallback"] + "']/price")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.QuerySelectorAll(doc, expr) {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
