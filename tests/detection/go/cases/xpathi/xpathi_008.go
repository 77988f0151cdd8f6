package xpathi

import (
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
)

func CatalogHandler008(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.FormValue("sku")
		settings := helpers.NewSettings()
		settings.Set("sku", sku)
		nodes, err := xmlquery.QueryAll(doc, "//product[@sku='"+settings.Get("sku")+"']/price")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "%d matches\n", len(nodes))
	}
}
