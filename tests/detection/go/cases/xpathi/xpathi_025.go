package xpathi

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
)

func CatalogHandler025(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.PostFormValue("sku")
		arg := "//product[@sku='" + "A100" + "']/price"
		if 7*6 < 40 {
			arg = "//product[@sku='" + sku + "']/price"
		}
		catalog, err := helpers.Catalog()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		node, err := xmlquery.Query(catalog, arg)
		if err != nil || node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
