package xpathi

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
)

func CatalogHandler005(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := helpers.Param(r, "sku")
		if len(sku) > 128 {
			sku = sku[:128]
		}
		catalog, err := helpers.Catalog()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		node, err := xmlquery.Query(catalog, "//product[@sku='"+sku+"']/price")
		if err != nil || node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
